using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Subscriptions;

[Collection(AppCollection.Name)]
public sealed class SubscriptionTests(AppFixture app) : IntegrationTest(app)
{
    private const string Address = "sam.rivera@example.com";
    private const string ConfirmLink = "/subscriptions/confirm";

    [Fact]
    public async Task Subscribing_a_new_address_answers_202_and_mails_a_confirmation_link()
    {
        using var client = App.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/subscriptions", new { email = Address, frequency = "weekly" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var mail = await App.Mail.WaitForAsync(Address);
        Assert.StartsWith(App.BaseAddress.ToString().TrimEnd('/') + ConfirmLink + "?token=", mail.LinkTo(ConfirmLink).ToString(), StringComparison.Ordinal);
        Assert.Contains("weekly", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mailed_token_confirms_the_subscription()
    {
        using var client = App.CreateClient();
        using var subscribed = await client.PostAsJsonAsync("/api/subscriptions", new { email = Address, frequency = "daily" });
        var token = (await App.Mail.WaitForAsync(Address)).TokenFrom(ConfirmLink);

        using var response = await client.PostAsJsonAsync("/api/subscriptions/confirm", new { token });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var confirmed = await response.ReadJsonAsync<Confirmed>();
        Assert.Equal(Address, confirmed.Email);
        Assert.Equal("daily", confirmed.Frequency);
    }

    [Fact]
    public async Task Confirming_twice_is_harmless()
    {
        using var client = App.CreateClient();
        var token = await SubscribeAsync(client, Address);
        using var first = await client.PostAsJsonAsync("/api/subscriptions/confirm", new { token });

        using var second = await client.PostAsJsonAsync("/api/subscriptions/confirm", new { token });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task Subscribing_again_before_confirming_mails_a_new_link_and_the_old_one_stops_working()
    {
        using var client = App.CreateClient();
        var oldToken = await SubscribeAsync(client, Address);
        App.Mail.Clear();
        App.Clock.Advance(TimeSpan.FromMinutes(6));

        using var again = await client.PostAsJsonAsync("/api/subscriptions", new { email = Address, frequency = "daily" });
        var newToken = (await App.Mail.WaitForAsync(Address)).TokenFrom(ConfirmLink);
        using var withOld = await client.PostAsJsonAsync("/api/subscriptions/confirm", new { token = oldToken });
        using var withNew = await client.PostAsJsonAsync("/api/subscriptions/confirm", new { token = newToken });

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.NotEqual(oldToken, newToken);
        Assert.Equal(HttpStatusCode.BadRequest, withOld.StatusCode);
        Assert.NotEmpty((await withOld.ReadProblemAsync()).ErrorsFor("token"));
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
        Assert.Equal("daily", (await withNew.ReadJsonAsync<Confirmed>()).Frequency);
    }

    [Fact]
    public async Task Subscribing_a_confirmed_address_answers_202_and_mails_nothing()
    {
        using var client = App.CreateClient();
        var token = await SubscribeAsync(client, Address);
        using var confirmed = await client.PostAsJsonAsync("/api/subscriptions/confirm", new { token });
        confirmed.EnsureSuccessStatusCode();

        using var again = await client.PostAsJsonAsync("/api/subscriptions", new { email = Address, frequency = "daily" });

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Single(App.Mail.To(Address));
    }

    [Fact]
    public async Task The_answer_does_not_tell_a_new_address_from_a_known_or_confirmed_one()
    {
        using var client = App.CreateClient();

        using var asNew = await client.PostAsJsonAsync("/api/subscriptions", new { email = Address, frequency = "weekly" });
        await App.Mail.WaitForAsync(Address);
        App.Mail.Clear();
        App.Clock.Advance(TimeSpan.FromMinutes(6));
        using var asKnown = await client.PostAsJsonAsync("/api/subscriptions", new { email = Address, frequency = "weekly" });
        var token = (await App.Mail.WaitForAsync(Address)).TokenFrom(ConfirmLink);
        using var confirmed = await client.PostAsJsonAsync("/api/subscriptions/confirm", new { token });
        using var asConfirmed = await client.PostAsJsonAsync("/api/subscriptions", new { email = Address, frequency = "weekly" });

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.All([asNew, asKnown, asConfirmed], r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        var answer = await asNew.Content.ReadAsStringAsync();
        Assert.Equal(answer, await asKnown.Content.ReadAsStringAsync());
        Assert.Equal(answer, await asConfirmed.Content.ReadAsStringAsync());
        Assert.All([asNew, asKnown, asConfirmed], r => Assert.Null(r.Headers.Location));
    }

    [Fact]
    public async Task An_address_in_other_case_or_with_spaces_is_the_same_subscriber()
    {
        using var client = App.CreateClient();
        var token = await SubscribeAsync(client, "  Sam.Rivera@Example.COM ");
        using var confirmed = await client.PostAsJsonAsync("/api/subscriptions/confirm", new { token });

        using var again = await client.PostAsJsonAsync("/api/subscriptions", new { email = Address, frequency = "weekly" });

        Assert.Equal(Address, (await confirmed.ReadJsonAsync<Confirmed>()).Email);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Single(App.Mail.To(Address));
    }

    [Theory]
    [InlineData("", "weekly", "email")]
    [InlineData("not-an-address", "weekly", "email")]
    [InlineData(Address, "monthly", "frequency")]
    [InlineData(Address, "", "frequency")]
    [InlineData(Address, "1", "frequency")]
    public async Task An_invalid_subscription_is_a_400_naming_the_field_and_mails_nothing(string email, string frequency, string field)
    {
        using var client = App.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/subscriptions", new { email, frequency });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.NotEmpty(problem.ErrorsFor(field));
        Assert.Single(problem.Errors!);
        Assert.Empty(App.Mail.All);
    }

    [Fact]
    public async Task Subscribing_with_an_empty_body_names_both_fields()
    {
        using var client = App.CreateClient();

        using var response = await client.PostAsync("/api/subscriptions", EmptyJson.Body());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.NotEmpty(problem.ErrorsFor("email"));
        Assert.NotEmpty(problem.ErrorsFor("frequency"));
    }

    [Theory]
    [InlineData("made-up-token")]
    [InlineData("")]
    public async Task Confirming_with_a_wrong_or_empty_token_is_a_400_naming_the_token(string token)
    {
        using var client = App.CreateClient();
        await SubscribeAsync(client, Address);

        using var response = await client.PostAsJsonAsync("/api/subscriptions/confirm", new { token });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("token"));
    }

    [Fact]
    public async Task Confirming_with_an_overlong_token_is_a_400_naming_the_token()
    {
        using var client = App.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/subscriptions/confirm", new { token = new string('a', 101) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("token"));
    }

    [Fact]
    public async Task Confirming_with_an_empty_body_names_the_token()
    {
        using var client = App.CreateClient();

        using var response = await client.PostAsync("/api/subscriptions/confirm", EmptyJson.Body());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("token"));
    }

    [Fact]
    public async Task A_confirmation_link_older_than_a_week_is_a_400_naming_the_token()
    {
        using var client = App.CreateClient();
        var token = await SubscribeAsync(client, Address);
        await using var weekLater = App.Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<TimeProvider>(new ShiftedTimeProvider(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1)))));
        using var lateClient = weekLater.CreateClient();

        using var late = await lateClient.PostAsJsonAsync("/api/subscriptions/confirm", new { token });
        using var inTime = await client.PostAsJsonAsync("/api/subscriptions/confirm", new { token });

        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.NotEmpty((await late.ReadProblemAsync()).ErrorsFor("token"));
        Assert.Equal(HttpStatusCode.OK, inTime.StatusCode);
    }

    [Fact]
    public async Task Subscribing_over_the_limit_gets_a_429_problem()
    {
        await using var limited = App.CreateFactory(new Dictionary<string, string?> { ["RateLimiting:PublicWritesPerMinute"] = "2" });
        using var client = limited.CreateClient();

        using var first = await client.PostAsJsonAsync("/api/subscriptions", new { email = "first@example.com", frequency = "weekly" });
        using var second = await client.PostAsJsonAsync("/api/subscriptions", new { email = "second@example.com", frequency = "weekly" });
        using var third = await client.PostAsJsonAsync("/api/subscriptions", new { email = "third@example.com", frequency = "weekly" });

        // The second host may have claimed these mails; they must be out before it stops, or they wait out its lease.
        await App.Mail.WaitForAsync("first@example.com");
        await App.Mail.WaitForAsync("second@example.com");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(429, (await third.ReadProblemAsync()).Status);
        Assert.Empty(App.Mail.To("third@example.com"));
    }

    [Fact]
    public async Task Confirming_has_its_own_budget_apart_from_subscribing()
    {
        await using var limited = App.CreateFactory(new Dictionary<string, string?> { ["RateLimiting:PublicWritesPerMinute"] = "1" });
        using var client = limited.CreateClient();
        using var subscribed = await client.PostAsJsonAsync("/api/subscriptions", new { email = Address, frequency = "weekly" });
        using var limitedOut = await client.PostAsJsonAsync("/api/subscriptions", new { email = Address, frequency = "weekly" });
        var token = (await App.Mail.WaitForAsync(Address)).TokenFrom(ConfirmLink);

        using var confirmed = await client.PostAsJsonAsync("/api/subscriptions/confirm", new { token });

        Assert.Equal(HttpStatusCode.Accepted, subscribed.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, limitedOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
    }

    private async Task<string> SubscribeAsync(HttpClient client, string email)
    {
        using var response = await client.PostAsJsonAsync("/api/subscriptions", new { email, frequency = "weekly" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await App.Mail.WaitForAsync(Subscriber(email))).TokenFrom(ConfirmLink);
    }

    private static string Subscriber(string email) => email.Trim().ToLowerInvariant();

    private sealed record Confirmed(string Email, string Frequency);
}

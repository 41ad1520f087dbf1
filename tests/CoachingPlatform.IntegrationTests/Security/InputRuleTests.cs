using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using static CoachingPlatform.IntegrationTests.Clients.ClientsApi;

namespace CoachingPlatform.IntegrationTests.Security;

/// <summary>One email rule on every route, names without control or bidi characters, and a password policy.</summary>
[Collection(AppCollection.Name)]
public sealed class InputRuleTests(AppFixture app) : IntegrationTest(app)
{
    public static TheoryData<string> OddEmails { get; } = new("\"a@x.com", "a b@x.com", "a,b@x.com", "a@b", "Sam <sam@x.com>", "sam@x.com\r\nBcc: y@x.com", "a@@x.com");

    [Theory]
    [MemberData(nameof(OddEmails))]
    public async Task Every_route_that_takes_an_email_refuses_an_odd_one_with_a_400_and_writes_nothing(string email)
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var admin = await App.SignInAsync(DemoUser.Admin);
        using var anonymous = App.CreateClient();

        using var client = await coach.PostAsJsonAsync("/api/clients", new { email, displayName = "Odd One" });
        using var staff = await admin.PostAsJsonAsync("/api/admin/coaches", new { email, displayName = "Odd One" });
        using var reader = await anonymous.PostAsJsonAsync("/api/subscriptions", new { email, frequency = "weekly" });

        foreach (var response in new[] { client, staff, reader })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("email"));
        }

        Assert.DoesNotContain(await coach.ClientsAsync(), c => c.DisplayName == "Odd One");
        Assert.Empty(App.Mail.All);
    }

    [Fact]
    public async Task Control_and_bidi_characters_are_stripped_from_names()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);

        var invited = await coach.InviteAsync("riley.morgan@example.com", "Riley\r\n\u202EMorgan\u0000");
        var mail = await App.Mail.WaitForAsync("riley.morgan@example.com");

        Assert.Equal("Riley Morgan", invited.DisplayName);
        Assert.Equal("Riley Morgan", (await coach.ClientAsync(invited.Id)).DisplayName);
        Assert.Contains("Hello Riley Morgan,", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_of_only_invisible_characters_is_a_400()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.PostAsJsonAsync("/api/clients", new { email = "riley.morgan@example.com", displayName = "\u202E\u200B\r\n" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("displayName"));
    }

    [Theory]
    [InlineData("Password1!")]
    [InlineData("Short-1a!")]
    [InlineData("Password1234!")]
    [InlineData("Qwertyuiop12!")]
    public async Task A_short_or_common_password_is_refused_when_accepting_an_invitation(string password)
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        await coach.InviteAsync("riley.morgan@example.com", "Riley Morgan");
        var token = (await App.Mail.WaitForAsync("riley.morgan@example.com")).TokenFrom("/invitation");
        using var anonymous = App.CreateClient();

        using var weak = await anonymous.PostAsJsonAsync("/api/auth/accept-invitation", new { token, password });
        using var strong = await anonymous.PostAsJsonAsync("/api/auth/accept-invitation", new { token, password = People.Password });

        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.NotEmpty((await weak.ReadProblemAsync()).ErrorsFor("password"));
        Assert.Equal(HttpStatusCode.OK, strong.StatusCode);
    }

    [Fact]
    public async Task Subscribing_again_and_again_mails_one_confirmation_per_five_minutes()
    {
        using var anonymous = App.CreateClient();
        const string address = "reader@example.com";

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await anonymous.PostAsJsonAsync("/api/subscriptions", new { email = address, frequency = "weekly" })).StatusCode);
        }

        await App.Mail.WaitForAsync(address);
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        await anonymous.PostAsJsonAsync("/api/subscriptions", new { email = address, frequency = "weekly" });
        await App.Mail.WaitForAsync(m => m.IsTo(address) && App.Mail.To(address).Count == 2, "a second confirmation");

        Assert.Equal(2, App.Mail.To(address).Count);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Subscriptions;

[Collection(AppCollection.Name)]
public sealed class PreferencesTests(AppFixture app) : IntegrationTest(app)
{
    private const string Reader = "robin.lane@example.com";

    [Fact]
    public async Task The_link_in_a_digest_reads_and_changes_the_preferences_without_signing_in()
    {
        var token = await DigestTokenAsync();
        using var client = App.CreateClient();

        var before = await (await client.GetAsync($"/api/subscriptions/preferences?token={token}")).ReadJsonAsync<Preferences>();
        using var changed = await client.PutAsJsonAsync($"/api/subscriptions/preferences?token={token}", new { frequency = "daily", paused = true });
        var after = await (await client.GetAsync($"/api/subscriptions/preferences?token={token}")).ReadJsonAsync<Preferences>();

        Assert.Equal(new Preferences(Reader, "weekly", false, "subscribed"), before);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(new Preferences(Reader, "daily", true, "subscribed"), after);
    }

    [Fact]
    public async Task One_click_unsubscribe_takes_the_rfc_8058_post_and_a_second_click_is_harmless()
    {
        var token = await DigestTokenAsync();
        using var client = App.CreateClient();
        using var oneClick = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);

        using var first = await client.PostAsync($"/api/subscriptions/unsubscribe?token={token}", oneClick);
        using var second = await client.PostAsync($"/api/subscriptions/unsubscribe?token={token}", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("unsubscribed", (await second.ReadJsonAsync<Preferences>()).Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("made-up")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_wrong_token_is_a_404_on_every_route(string token)
    {
        using var client = App.CreateClient();

        using var get = await client.GetAsync($"/api/subscriptions/preferences?token={token}");
        using var put = await client.PutAsJsonAsync($"/api/subscriptions/preferences?token={token}", new { frequency = "daily" });
        using var unsubscribe = await client.PostAsync($"/api/subscriptions/unsubscribe?token={token}", null);

        Assert.All([get, put, unsubscribe], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
    }

    [Fact]
    public async Task An_unknown_frequency_is_a_400_naming_the_field()
    {
        var token = await DigestTokenAsync();
        using var client = App.CreateClient();

        using var response = await client.PutAsJsonAsync($"/api/subscriptions/preferences?token={token}", new { frequency = "monthly" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("frequency"));
    }

    [Fact]
    public async Task Subscribing_again_after_leaving_needs_a_new_confirmation_and_the_old_links_stop_working()
    {
        var oldToken = await DigestTokenAsync();
        using var client = App.CreateClient();
        using var left = await client.PostAsync($"/api/subscriptions/unsubscribe?token={oldToken}", null);

        await App.SubscribeConfirmedAsync(Reader, "weekly");
        App.Clock.Advance(TimeSpan.FromDays(7));
        await App.PublishArticleAsync("Welcome back");
        await App.RunDigestAsync();

        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/subscriptions/preferences?token={oldToken}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/subscriptions/unsubscribe?token={oldToken}", null)).StatusCode);
        var newToken = Assert.Single(App.DigestsTo(Reader)).ManageToken();
        Assert.NotEqual(oldToken, newToken);
        Assert.Equal("subscribed", (await (await client.GetAsync($"/api/subscriptions/preferences?token={newToken}")).ReadJsonAsync<Preferences>()).Status);
    }

    [Fact]
    public async Task The_confirmation_mail_carries_a_working_preferences_link_and_the_one_click_unsubscribe_headers()
    {
        await App.SubscribeAsync(Reader);
        var confirmation = await App.Mail.WaitForAsync(Reader);
        using var client = App.CreateClient();

        using var left = await client.PostAsync(confirmation.Message.Headers["List-Unsubscribe"]!.Split('<', '>')[1], new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal("List-Unsubscribe=One-Click", confirmation.Message.Headers["List-Unsubscribe-Post"]);
        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        Assert.Equal("unsubscribed", (await (await client.GetAsync($"/api/subscriptions/preferences?token={confirmation.ManageToken()}")).ReadJsonAsync<Preferences>()).Status);
    }

    [Fact]
    public async Task The_preferences_page_works_without_scripts()
    {
        var token = await DigestTokenAsync();
        using var browser = App.CreateCookieClient();
        var page = await (await browser.GetAsync($"{Newsletter.PreferencesPath}?token={token}")).Content.ReadAsStringAsync();
        var antiforgery = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        using var saved = await browser.PostAsync($"{Newsletter.PreferencesPath}?token={token}&handler=Save", new FormUrlEncodedContent(
            [new("frequency", "daily"), new("__RequestVerificationToken", antiforgery)]));
        using var unsubscribed = await browser.PostAsync($"{Newsletter.PreferencesPath}?token={token}&handler=Unsubscribe", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", antiforgery)]));

        Assert.Contains(Reader, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode);
        Assert.Contains("You are unsubscribed", await unsubscribed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var client = App.CreateClient();
        Assert.Equal(new Preferences(Reader, "daily", false, "unsubscribed"),
            await (await client.GetAsync($"/api/subscriptions/preferences?token={token}")).ReadJsonAsync<Preferences>());
    }

    private async Task<string> DigestTokenAsync()
    {
        await App.SubscribeConfirmedAsync(Reader);
        await App.PublishArticleAsync("Small Promises, Kept");
        await App.RunDigestAsync();
        return Assert.Single(App.DigestsTo(Reader)).ManageToken();
    }

    private sealed record Preferences(string Email, string Frequency, bool Paused, string Status);
}

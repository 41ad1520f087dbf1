using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Programs;

namespace CoachingPlatform.IntegrationTests.Subscriptions;

/// <summary>A subscriber who is a client sees their next program step in the digest only when they ask for it.</summary>
[Collection(AppCollection.Name)]
public sealed class NextStepDigestTests(AppFixture app) : IntegrationTest(app)
{
    private const string Reader = "robin.lane@example.com";

    public sealed record Preferences(string Email, string Frequency, bool Paused, string Status, bool IsClient, bool ShowNextStep);

    [Fact]
    public async Task A_client_who_opts_in_finds_their_next_step_at_the_top_of_the_digest()
    {
        var token = await SubscribedTokenAsync(DemoUser.Client.Email);
        using var anonymous = App.CreateClient();
        Assert.Equal(new Preferences(DemoUser.Client.Email, "weekly", false, "subscribed", true, false),
            await anonymous.GetFromJsonAsync<Preferences>($"/api/subscriptions/preferences?token={token}"));

        using var opted = await anonymous.PutAsJsonAsync($"/api/subscriptions/preferences?token={token}", new { frequency = "weekly", showNextStep = true });
        Assert.True((await opted.ReadJsonAsync<Preferences>()).ShowNextStep);
        await App.PublishArticleAsync("Small Promises, Kept");
        await App.RunDigestAsync();

        using var client = await App.SignInAsync(DemoUser.Client);
        var assignment = await client.MyAssignmentAsync(ProgramsApi.RebuildingTrust);
        var next = assignment.Steps.First(s => s.Status != "completed");
        var digest = Assert.Single(App.DigestsTo(DemoUser.Client.Email));
        Assert.Contains($"Your next step: {next.Title}", digest.Text, StringComparison.Ordinal);
        Assert.Contains($"Step {next.Order} of {assignment.Steps.Count} in {ProgramsApi.RebuildingTrust}", digest.Text, StringComparison.Ordinal);
        Assert.Contains($"/client/assignments/{assignment.Id}/steps/{next.Id}", digest.Html, StringComparison.Ordinal);
        Assert.True(digest.Text.IndexOf("Your next step", StringComparison.Ordinal) < digest.Text.IndexOf("Small Promises, Kept", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_the_clients_consent_the_digest_holds_no_coaching_data()
    {
        await SubscribedTokenAsync(DemoUser.Client.Email);
        await App.PublishArticleAsync("Small Promises, Kept");

        await App.RunDigestAsync();

        var digest = Assert.Single(App.DigestsTo(DemoUser.Client.Email));
        Assert.DoesNotContain("next step", digest.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/client/assignments/", digest.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_subscriber_who_is_not_a_client_is_not_offered_the_next_step_and_asking_for_it_is_a_400()
    {
        var token = await SubscribedTokenAsync(Reader);
        using var anonymous = App.CreateClient();

        var preferences = await anonymous.GetFromJsonAsync<Preferences>($"/api/subscriptions/preferences?token={token}");
        using var refused = await anonymous.PutAsJsonAsync($"/api/subscriptions/preferences?token={token}", new { frequency = "weekly", showNextStep = true });
        var page = await anonymous.GetStringAsync($"{Newsletter.PreferencesPath}?token={token}");

        Assert.False(preferences!.IsClient);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotEmpty((await refused.ReadProblemAsync()).ErrorsFor("showNextStep"));
        Assert.DoesNotContain("showNextStep", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preferences_page_offers_the_checkbox_to_a_client_and_saves_it_without_scripts()
    {
        var token = await SubscribedTokenAsync(DemoUser.Client.Email);
        using var browser = App.CreateCookieClient();
        var path = $"{Newsletter.PreferencesPath}?token={token}";
        Assert.Contains("name=\"showNextStep\"", await browser.GetStringAsync(path), StringComparison.Ordinal);

        using var saved = await browser.SubmitAsync(path, new Dictionary<string, string> { ["frequency"] = "weekly", ["showNextStep"] = "true" }, path + "&handler=Save");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        using var anonymous = App.CreateClient();
        Assert.True((await anonymous.GetFromJsonAsync<Preferences>($"/api/subscriptions/preferences?token={token}"))!.ShowNextStep);
    }

    /// <summary>Subscribes and confirms; the manage token comes from the confirmation mail, which carries the preferences link too.</summary>
    private async Task<string> SubscribedTokenAsync(string email)
    {
        await App.SubscribeAsync(email);
        var confirmation = await App.Mail.WaitForAsync(m => m.IsTo(email) && m.Subject.StartsWith("Confirm", StringComparison.Ordinal), $"confirmation to {email}");
        using var client = App.CreateClient();
        (await client.PostAsJsonAsync("/api/subscriptions/confirm", new { token = confirmation.TokenFrom(Newsletter.ConfirmPath) })).EnsureSuccessStatusCode();
        App.Mail.Clear();
        return confirmation.ManageToken();
    }
}

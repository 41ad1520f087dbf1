using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using static CoachingPlatform.IntegrationTests.Programs.ProgramsApi;

namespace CoachingPlatform.IntegrationTests.Programs;

[Collection(AppCollection.Name)]
public sealed class SupportReplyTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_client_sees_their_request_handled_with_the_coachs_reply_and_is_mailed_it()
    {
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var raised = await sam.Api.RaiseSupportAsync(new { assignmentId = (await sam.Api.MyAssignmentAsync(RebuildingTrust)).Id, message = "Could we talk?" });
        await App.Outbox.WaitUntilHandledAsync();
        var before = await MineAsync(sam.Api);
        App.Clock.Advance(TimeSpan.FromMinutes(30));

        using var resolved = await coach.PostAsJsonAsync($"/api/clients/{sam.Id}/support-requests/{raised.Id}/resolution", new { reply = "I will call you tomorrow at 10." });
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        var mail = await App.Mail.WaitForAsync(m => m.IsTo(DemoUser.Client.Email), "the client's reply mail");
        var after = Assert.Single(await MineAsync(sam.Api));

        Assert.Equal(JsonValueKind.Null, Assert.Single(before).GetProperty("resolvedAt").ValueKind);
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        Assert.Equal(App.Clock.UtcNow(), after.GetProperty("resolvedAt").GetDateTime());
        Assert.Equal("I will call you tomorrow at 10.", after.GetProperty("reply").GetString());
        Assert.Equal("Could we talk?", after.GetProperty("message").GetString());
        Assert.Equal("Morgan Reyes answered your request for support", mail.Subject);
        Assert.Contains("Their reply: I will call you tomorrow at 10.", mail.Text, StringComparison.Ordinal);
        Assert.Contains("/client/support", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handling_without_a_reply_still_tells_the_client_and_a_second_resolution_sends_nothing()
    {
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var raised = await sam.Api.RaiseSupportAsync(new { assignmentId = (await sam.Api.MyAssignmentAsync(RebuildingTrust)).Id });
        await App.Outbox.WaitUntilHandledAsync();

        (await coach.PostAsync($"/api/clients/{sam.Id}/support-requests/{raised.Id}/resolution", content: null)).Dispose();
        (await coach.PostAsJsonAsync($"/api/clients/{sam.Id}/support-requests/{raised.Id}/resolution", new { reply = "Late words" })).Dispose();
        await App.Outbox.WaitUntilHandledAsync();

        var mail = Assert.Single(App.Mail.To(DemoUser.Client.Email));
        Assert.Contains("They did not add a note", mail.Text, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, Assert.Single(await MineAsync(sam.Api)).GetProperty("reply").ValueKind);
    }

    [Fact]
    public async Task A_reply_over_500_characters_is_refused()
    {
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var raised = await sam.Api.RaiseSupportAsync(new { assignmentId = (await sam.Api.MyAssignmentAsync(RebuildingTrust)).Id });

        using var response = await coach.PostAsJsonAsync($"/api/clients/{sam.Id}/support-requests/{raised.Id}/resolution", new { reply = new string('r', 501) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("reply"));
    }

    [Fact]
    public async Task Asking_from_a_page_without_a_program_reaches_the_coach_of_the_latest_assignment()
    {
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);

        using var response = await sam.Api.PostAsJsonAsync("/api/me/support-requests", new { message = "A hard evening." });
        var mail = await App.Mail.WaitForAsync(m => m.IsTo(DemoUser.Coach.Email), "the coach's support mail");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("Their message: A hard evening.", mail.Text, StringComparison.Ordinal);
        Assert.Single(await MineAsync(sam.Api));
    }

    [Fact]
    public async Task A_client_without_any_program_is_told_there_is_no_coach_to_ask_yet()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var riley = await App.AddClientAsync(coach, "riley.morgan@example.com", "Riley Morgan");

        using var response = await riley.Api.PostAsJsonAsync("/api/me/support-requests", new { message = "Hello?" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Empty(await MineAsync(riley.Api));
    }

    private static async Task<List<JsonElement>> MineAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/me/support-requests");
        return (await response.ReadJsonAsync<JsonElement>()).EnumerateArray().ToList();
    }
}

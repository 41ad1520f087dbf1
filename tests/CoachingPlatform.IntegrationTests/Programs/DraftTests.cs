using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using static CoachingPlatform.IntegrationTests.Programs.ProgramsApi;

namespace CoachingPlatform.IntegrationTests.Programs;

[Collection(AppCollection.Name)]
public sealed class DraftTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_saved_draft_comes_back_with_the_step()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        var (assignment, step) = await OpenStepAsync(sam, 3);

        using var saved = await SaveDraftAsync(sam, assignment, step, new { reflection = "Half a thought", checkedItems = new[] { step.Checklist[0] } });
        var draft = await DraftOfAsync(sam, assignment, step.Id);

        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        Assert.Equal("Half a thought", draft.GetProperty("reflection").GetString());
        Assert.Equal([step.Checklist[0]], draft.GetProperty("checkedItems").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(App.Clock.UtcNow(), draft.GetProperty("savedAt").GetDateTime());
    }

    [Fact]
    public async Task Saving_only_the_reflection_keeps_the_ticked_items()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        var (assignment, step) = await OpenStepAsync(sam, 3);
        (await SaveDraftAsync(sam, assignment, step, new { checkedItems = new[] { step.Checklist[0] } })).Dispose();

        (await SaveDraftAsync(sam, assignment, step, new { reflection = "Later words" })).Dispose();
        var draft = await DraftOfAsync(sam, assignment, step.Id);

        Assert.Equal("Later words", draft.GetProperty("reflection").GetString());
        Assert.Equal([step.Checklist[0]], draft.GetProperty("checkedItems").EnumerateArray().Select(i => i.GetString()));
    }

    [Fact]
    public async Task Completing_turns_the_draft_into_the_answer_and_removes_it()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        var (assignment, step) = await OpenStepAsync(sam, 3);
        (await SaveDraftAsync(sam, assignment, step, new { reflection = "Written while typing", checkedItems = new[] { step.Checklist[0] } })).Dispose();

        await sam.CompleteStepAsync(assignment, step.Id, new { shareWithCoach = false });
        var mine = await sam.MyStepAsync(assignment, step.Id);
        using var raw = await sam.GetAsync($"/api/me/assignments/{assignment}/steps/{step.Id}");

        Assert.Equal("Written while typing", mine.Completion!.Reflection);
        Assert.Equal([step.Checklist[0]], mine.Completion.CheckedItems);
        Assert.Equal(JsonValueKind.Null, (await raw.ReadJsonAsync<JsonElement>()).GetProperty("draft").ValueKind);
    }

    [Fact]
    public async Task A_draft_is_private_the_coach_never_sees_it()
    {
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var (assignment, step) = await OpenStepAsync(sam.Api, 3);
        (await SaveDraftAsync(sam.Api, assignment, step, new { reflection = "Not for anyone yet" })).Dispose();

        using var detail = await coach.GetAsync($"/api/clients/{sam.Id}/assignments/{assignment}");
        using var shared = await coach.GetAsync($"/api/clients/{sam.Id}/assignments/{assignment}/reflections");
        using var coachSaves = await coach.PutAsJsonAsync($"/api/me/assignments/{assignment}/steps/{step.Id}/draft", new { reflection = "x" });

        Assert.DoesNotContain("Not for anyone yet", await detail.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Not for anyone yet", await shared.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, coachSaves.StatusCode);
    }

    [Fact]
    public async Task Another_clients_assignment_is_not_found_and_unknown_items_are_refused()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var riley = await App.AddClientAsync(coach, "riley.morgan@example.com", "Riley Morgan");
        using var sam = await App.SignInAsync(DemoUser.Client);
        var (assignment, step) = await OpenStepAsync(sam, 3);

        using var foreign = await riley.Api.PutAsJsonAsync($"/api/me/assignments/{assignment}/steps/{step.Id}/draft", new { reflection = "x" });
        using var unknownItem = await SaveDraftAsync(sam, assignment, step, new { checkedItems = new[] { "Not on the list" } });
        using var tooLong = await SaveDraftAsync(sam, assignment, step, new { reflection = new string('r', 4001) });

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.NotEmpty((await unknownItem.ReadProblemAsync()).ErrorsFor("checkedItems"));
        var reflectionErrors = (await tooLong.ReadProblemAsync()).ErrorsFor("reflection");
        Assert.Contains(reflectionErrors, e => e.StartsWith("Your reflection can be at most 4000 characters", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_locked_step_takes_no_draft()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var riley = await App.AddClientAsync(coach, "riley.morgan@example.com", "Riley Morgan");
        var assignment = await coach.Api.AssignAsync(riley.Id, await coach.Api.ProgramIdAsync(TrustInYourself), paceDays: 7);
        var locked = (await riley.Api.MyAssignmentAsync(TrustInYourself)).Steps.Single(s => s.Order == 2);

        using var response = await riley.Api.PutAsJsonAsync($"/api/me/assignments/{assignment}/steps/{locked.Id}/draft", new { reflection = "Too early" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    private static async Task<(Guid Assignment, Step Step)> OpenStepAsync(HttpClient client, int order)
    {
        var assignment = await client.MyAssignmentAsync(RebuildingTrust);
        foreach (var summary in assignment.Steps.Where(s => s.Order >= order && s.Status == "available").OrderBy(s => s.Order))
        {
            var step = (await client.MyStepAsync(assignment.Id, summary.Id)).Step;
            if (step.Checklist.Count > 0)
            {
                return (assignment.Id, step);
            }
        }

        throw new InvalidOperationException("No open step with a checklist.");
    }

    private static Task<HttpResponseMessage> SaveDraftAsync(HttpClient client, Guid assignment, Step step, object body) =>
        client.PutAsJsonAsync($"/api/me/assignments/{assignment}/steps/{step.Id}/draft", body);

    private static async Task<JsonElement> DraftOfAsync(HttpClient client, Guid assignment, Guid stepId)
    {
        using var response = await client.GetAsync($"/api/me/assignments/{assignment}/steps/{stepId}");
        return (await response.ReadJsonAsync<JsonElement>()).GetProperty("draft");
    }
}

using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.Programs.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoachingPlatform.IntegrationTests.Programs.ProgramsApi;

namespace CoachingPlatform.IntegrationTests.Programs;

/// <summary>
/// Fifty identical writes at once against each invariant: the database decides (a unique index or a
/// concurrency token), the losers answer as the contract says, and nothing is written twice or half.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RaceTests(AppFixture app) : IntegrationTest(app)
{
    private const int Writers = 50;

    [Fact]
    public async Task Fifty_assignments_of_one_program_at_once_make_one_assignment()
    {
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var program = await coach.ProgramIdAsync(TrustInYourself);

        var statuses = await AllAtOnceAsync(() => coach.PostAsJsonAsync($"/api/clients/{sam.Id}/assignments", new { programId = program }));

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(Writers - 1, statuses.Count(s => s == HttpStatusCode.Conflict));
        Assert.Equal(1, await CountAsync(db => db.Assignments.CountAsync(a => a.ClientId == sam.Id && a.ProgramId == program)));
    }

    [Fact]
    public async Task Fifty_completions_of_one_step_at_once_are_all_harmless_and_complete_it_once()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        var assignment = await sam.MyAssignmentAsync(RebuildingTrust);
        var step = assignment.Steps.First(s => s.Status == "available");

        var statuses = await AllAtOnceAsync(() => sam.CompleteAsync(assignment.Id, step.Id, new { reflection = "Same words." }));
        await App.Outbox.WaitUntilHandledAsync();

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(1, await CountAsync(db => db.Completions.CountAsync(c => c.AssignmentId == assignment.Id && c.StepId == step.Id)));
        Assert.Equal(1, await OutboxCountAsync("StepCompleted"));
    }

    [Fact]
    public async Task Wins_recorded_during_step_completions_do_not_make_them_fail()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        var assignment = await sam.MyAssignmentAsync(RebuildingTrust);
        var open = assignment.Steps.Where(s => s.Status == "available").ToList();
        var wins = await CountAsync(db => db.Wins.CountAsync());

        var tasks = Enumerable.Range(0, Writers).Select(i => i % 2 == 0
            ? sam.PostAsJsonAsync("/api/me/wins", new { text = $"Small win {i}" })
            : sam.CompleteAsync(assignment.Id, open[i % open.Count].Id));
        var statuses = await StatusesAsync(tasks);

        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.Created, $"answered {(int)s}"));
        Assert.Equal(wins + (Writers / 2), await CountAsync(db => db.Wins.CountAsync()));
    }

    [Fact]
    public async Task Revisions_racing_the_first_assignment_never_change_the_steps_a_client_was_given()
    {
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var program = await coach.CreateProgramAsync("Trust after a move", 2);

        var tasks = Enumerable.Range(0, Writers).Select(i => i % 2 == 0
            ? coach.PutAsJsonAsync($"/api/programs/{program}", new { title = "Trust after a move", summary = "", steps = Enumerable.Range(0, 1 + (i % 5)).Select(n => NewStep($"Step {n}")).ToArray() })
            : coach.PostAsJsonAsync($"/api/clients/{sam.Id}/assignments", new { programId = program }));
        var statuses = await StatusesAsync(tasks);
        var given = Assert.Single(await coach.GetFromJsonAsync<List<AssignmentSummary>>($"/api/clients/{sam.Id}/assignments") ?? [], a => a.ProgramId == program);
        var steps = (await coach.ProgramAsync(program)).Steps.Count;

        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.Conflict, $"answered {(int)s}"));
        Assert.Equal(steps, given.TotalSteps);
    }

    [Fact]
    public async Task A_revision_of_the_steps_alone_makes_an_assignment_read_before_it_conflict()
    {
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        var program = await coach.Api.CreateProgramAsync("Trust after a move", 2);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProgramsDbContext>();
        var read = await db.Programs.Include(p => p.Steps).SingleAsync(p => p.Id == program);

        using var revised = await coach.Api.PutAsJsonAsync($"/api/programs/{program}", new { title = read.Title, summary = read.Summary, steps = new[] { NewStep("Only step") } });
        revised.EnsureSuccessStatusCode();
        db.Assignments.Add(read.AssignTo(sam.Id, coach.Id, null, App.Clock.GetUtcNow().UtcDateTime));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Fifty_edits_of_one_reflection_from_the_same_version_keep_one_and_refuse_the_rest_with_the_saved_answer()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        var assignment = await sam.MyAssignmentAsync(RebuildingTrust);
        var step = assignment.Steps.First(s => s.Status == "completed");
        var version = (await sam.MyStepAsync(assignment.Id, step.Id)).Completion!.Version;

        var responses = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i =>
            sam.CompleteAsync(assignment.Id, step.Id, new { reflection = $"Edit {i}", version })));
        var saved = (await sam.MyStepAsync(assignment.Id, step.Id)).Completion!;
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.Conflict).ToList();
        var current = await refused[0].Content.ReadFromJsonAsync<StaleEdit>();

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(Writers - 1, refused.Count);
        Assert.StartsWith("Edit ", saved.Reflection, StringComparison.Ordinal);
        Assert.Equal(saved.Reflection, current!.Current.Reflection);
        Assert.Equal(saved.Version, current.Current.Version);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Fifty_first_gratitude_writes_of_a_day_at_once_make_one_entry()
    {
        App.Clock.Advance(TimeSpan.FromDays(1));
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        Task<int> Entries() => CountAsync(db => db.Gratitude.CountAsync(g => g.ClientId == sam.Id));
        var before = await Entries();

        var statuses = await AllAtOnceAsync(() => sam.Api.PutAsJsonAsync("/api/me/gratitude/today", new { items = new[] { "Tea", "Sun", "A call" } }));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(before + 1, await Entries());
    }

    private sealed record StaleEdit(int Status, MyCompletion Current);

    private Task<IReadOnlyList<HttpStatusCode>> AllAtOnceAsync(Func<Task<HttpResponseMessage>> write) =>
        StatusesAsync(Enumerable.Range(0, Writers).Select(_ => write()));

    private static async Task<IReadOnlyList<HttpStatusCode>> StatusesAsync(IEnumerable<Task<HttpResponseMessage>> writes)
    {
        var responses = await Task.WhenAll(writes);
        var statuses = responses.Select(r => r.StatusCode).ToList();
        foreach (var response in responses)
        {
            response.Dispose();
        }

        return statuses;
    }

    private async Task<int> CountAsync(Func<ProgramsDbContext, Task<int>> count)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<ProgramsDbContext>());
    }

    private Task<int> OutboxCountAsync(string eventName) =>
        CountAsync(db => db.Outbox.CountAsync(m => m.Type.Contains("." + eventName + ",")));
}

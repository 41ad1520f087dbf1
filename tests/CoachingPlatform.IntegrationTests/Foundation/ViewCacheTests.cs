using System.Net.Http.Json;
using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.IntegrationTests.Clients;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Programs;
using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Persistence;
using Microsoft.Extensions.DependencyInjection;
using static CoachingPlatform.IntegrationTests.Clients.ClientsApi;
using static CoachingPlatform.IntegrationTests.Programs.ProgramsApi;

namespace CoachingPlatform.IntegrationTests.Foundation;

/// <summary>
/// Each node keeps a coach's client list, their list of programs and a client's list of programs for <see cref="ViewCache.Lifetime"/>.
/// A change saved on the node shows on the next read, even one saved while the list was being read; another
/// node over the same database shows it once its copy is older than the lifetime.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ViewCacheTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Progress_and_relationships_saved_on_this_node_show_on_the_next_read()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var sam = await App.SignInAsync(DemoUser.Client);
        Assert.Equal(1, (await coach.ClientsAsync()).Single().Wins);

        (await sam.PostAsJsonAsync("/api/me/wins", new { text = "A calm talk" })).EnsureSuccessStatusCode();
        Assert.Equal(2, (await coach.ClientsAsync()).Single().Wins);

        var invited = await coach.InviteAsync("alex.kim@example.com", "Alex Kim");
        Assert.Contains(invited.Id, (await coach.ClientsAsync()).Select(c => c.Id));
    }

    [Fact]
    public async Task A_list_read_while_a_save_is_under_way_is_not_served_once_it_commits()
    {
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        using var coach = await App.SignInAsync(DemoUser.Coach);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProgramsDbContext>();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Wins.Add(Win.Record(sam.Id, "A calm talk", App.Clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();

            // Saved but not committed: the list read now still has one win.
            Assert.Equal(1, (await coach.ClientsAsync()).Single().Wins);
            await transaction.CommitAsync();
        }

        Assert.Equal(2, (await coach.ClientsAsync()).Single().Wins);
    }

    [Fact]
    public async Task Another_node_shows_a_change_once_its_copy_is_older_than_the_lifetime()
    {
        await using var nodeB = App.CreateFactory(new Dictionary<string, string?> { ["App:NodeName"] = "node-b" });
        using var coachOnB = await nodeB.CreateDefaultClient(App.BaseAddress).WithBearerTokenOfAsync(DemoUser.Coach.Email, DemoUser.Password);
        using var sam = await App.SignInAsync(DemoUser.Client);
        Assert.Equal(1, (await coachOnB.ClientsAsync()).Single().Wins);

        (await sam.PostAsJsonAsync("/api/me/wins", new { text = "A calm talk" })).EnsureSuccessStatusCode();

        App.Clock.Advance(ViewCache.Lifetime - TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await coachOnB.ClientsAsync()).Single().Wins);
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, (await coachOnB.ClientsAsync()).Single().Wins);
    }

    [Fact]
    public async Task A_new_assignment_and_a_completion_show_in_the_clients_next_read()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        var before = await sam.Api.MyAssignmentsAsync();

        await coach.AssignAsync(sam.Id, await coach.ProgramIdAsync(TrustInYourself));
        var assigned = await sam.Api.MyAssignmentAsync(TrustInYourself);
        Assert.Equal(before.Count + 1, (await sam.Api.MyAssignmentsAsync()).Count);

        await sam.Api.CompleteStepAsync(assigned.Id, assigned.Steps.Single(s => s.Order == 1).Id);
        Assert.Equal("completed", (await sam.Api.MyAssignmentAsync(TrustInYourself)).Steps.Single(s => s.Order == 1).Status);
    }

    [Fact]
    public async Task A_paced_step_unlocks_on_time_in_a_list_that_was_kept()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        await coach.AssignAsync(sam.Id, await coach.ProgramIdAsync(TrustInYourself), paceDays: 7);
        var second = (await sam.Api.MyAssignmentAsync(TrustInYourself)).Steps.Single(s => s.Order == 2);
        App.Clock.Advance(second.UnlocksAt - App.Clock.GetUtcNow().UtcDateTime - TimeSpan.FromSeconds(1));
        using var later = await App.SignInAgainAsync(sam);
        Assert.Equal("locked", StatusOfSecond(await later.Api.MyAssignmentAsync(TrustInYourself)));

        // Within the lifetime of what was just read: the list is kept, the step's status is not.
        App.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("available", StatusOfSecond(await later.Api.MyAssignmentAsync(TrustInYourself)));
    }

    [Fact]
    public async Task A_program_written_or_revised_shows_in_the_coachs_next_list()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var before = await coach.ProgramsAsync();

        var id = await coach.CreateProgramAsync("Evening walks", steps: 2);
        Assert.Equal(before.Count + 1, (await coach.ProgramsAsync()).Count);

        (await coach.PutAsJsonAsync($"/api/programs/{id}", new
        {
            title = "Evening walks together",
            summary = "Walks, written for one client.",
            steps = new[] { NewStep("Step 1"), NewStep("Step 2"), NewStep("Step 3") },
        })).EnsureSuccessStatusCode();
        var revised = (await coach.ProgramsAsync()).Single(p => p.Id == id);
        Assert.Equal(("Evening walks together", 3), (revised.Title, revised.StepCount));
    }

    private static string StatusOfSecond(MyAssignment assignment) => assignment.Steps.Single(s => s.Order == 2).Status;
}

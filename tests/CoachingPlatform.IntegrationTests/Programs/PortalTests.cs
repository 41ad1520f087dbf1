using System.Net;
using CoachingPlatform.IntegrationTests.Infrastructure;
using static CoachingPlatform.IntegrationTests.Programs.ProgramsApi;

namespace CoachingPlatform.IntegrationTests.Programs;

[Collection(AppCollection.Name)]
public sealed class PortalTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_client_sees_their_program_with_each_steps_status()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);

        using var response = await sam.GetAsync("/api/me/assignments");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var assignment = Assert.Single(await response.ReadJsonAsync<List<MyAssignment>>());
        Assert.Equal((RebuildingTrust, 28, null), (assignment.ProgramTitle, assignment.Percent, assignment.CompletedAt));
        Assert.Equal(
            ["completed", "completed", "available", "available", "available", "available", "available"],
            assignment.Steps.Select(s => s.Status));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], assignment.Steps.Select(s => s.Order));
    }

    [Fact]
    public async Task A_paced_program_keeps_later_steps_locked_until_their_day()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        await coach.AssignAsync(sam.Id, await coach.ProgramIdAsync(TrustInYourself), paceDays: 7);
        var assignedAt = App.Clock.UtcNow();

        var paced = await sam.Api.MyAssignmentAsync(TrustInYourself);

        Assert.Equal(["available", "locked", "locked", "locked"], paced.Steps.Select(s => s.Status));
        Assert.Equal([assignedAt, assignedAt.AddDays(7), assignedAt.AddDays(14), assignedAt.AddDays(21)], paced.Steps.Select(s => s.UnlocksAt));
    }

    [Fact]
    public async Task The_step_page_shows_the_guidance_and_the_clients_own_answer()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        var assignment = await sam.MyAssignmentAsync(RebuildingTrust);
        var steps = assignment.Steps.OrderBy(s => s.Order).ToList();

        using var response = await sam.GetAsync($"/api/me/assignments/{assignment.Id}/steps/{steps[1].Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadJsonAsync<MyStep>();
        Assert.Equal((assignment.Id, RebuildingTrust, 28, 7, "completed"), (page.AssignmentId, page.ProgramTitle, page.Percent, page.TotalSteps, page.Status));
        Assert.Equal(("Rebuild Communication", "Trust thrives on open, honest communication."), (page.Step.Title, page.Step.WhyItMatters));
        Assert.Equal(("We agreed to talk on Sunday evenings, phones away.", false), (page.Completion?.Reflection, page.Completion?.SharedWithCoach));
        Assert.Equal((steps[0].Id, steps[2].Id), (page.PreviousStepId, page.NextStepId));
    }

    [Fact]
    public async Task An_open_step_has_no_answer_yet()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        var assignment = await sam.MyAssignmentAsync(RebuildingTrust);
        var last = assignment.Steps.Single(s => s.Order == 7);

        using var response = await sam.GetAsync($"/api/me/assignments/{assignment.Id}/steps/{last.Id}");

        var page = await response.ReadJsonAsync<MyStep>();
        Assert.Equal(("available", null, null), (page.Status, page.Completion, page.NextStepId));
        Assert.NotNull(page.PreviousStepId);
    }

    [Fact]
    public async Task Another_clients_assignment_is_not_found()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var riley = await App.AddClientAsync(coach, "riley.morgan@example.com", "Riley Morgan");
        using var sam = await App.SignInAsync(DemoUser.Client);
        var samsAssignment = await sam.MyAssignmentAsync(RebuildingTrust);
        var open = samsAssignment.Steps.Single(s => s.Order == 3);

        using var page = await riley.Api.GetAsync($"/api/me/assignments/{samsAssignment.Id}/steps/{open.Id}");
        using var completion = await riley.Api.CompleteAsync(samsAssignment.Id, open.Id);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, completion.StatusCode);
        Assert.Equal(28, (await sam.MyAssignmentAsync(RebuildingTrust)).Percent);
    }

    [Fact]
    public async Task A_step_of_another_program_is_not_found()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var sam = await App.SignInAsync(DemoUser.Client);
        var assignment = await sam.MyAssignmentAsync(RebuildingTrust);
        var otherStep = (await coach.ProgramAsync(await coach.ProgramIdAsync(TrustInYourself))).Steps[0].Id;

        using var page = await sam.GetAsync($"/api/me/assignments/{assignment.Id}/steps/{otherStep}");
        using var completion = await sam.CompleteAsync(assignment.Id, otherStep);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, completion.StatusCode);
    }
}

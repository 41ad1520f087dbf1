using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Clients;
using static CoachingPlatform.IntegrationTests.Programs.ProgramsApi;

namespace CoachingPlatform.IntegrationTests.Programs;

[Collection(AppCollection.Name)]
public sealed class CoachAssignmentViewTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_coach_lists_a_clients_assignments_with_progress()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await coach.AssignAsync(sam.Id, await coach.ProgramIdAsync(TrustInYourself), paceDays: 7);

        using var response = await coach.GetAsync($"/api/clients/{sam.Id}/assignments");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var assignments = await response.ReadJsonAsync<List<AssignmentSummary>>();
        Assert.Equal(
            [(TrustInYourself, 0, 4, 0, (int?)7), (RebuildingTrust, 2, 7, 28, null)],
            assignments.Select(a => (a.ProgramTitle, a.CompletedSteps, a.TotalSteps, a.Percent, a.PaceDays)));
    }

    [Fact]
    public async Task The_assignment_shows_each_steps_status_and_only_the_shared_reflection()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        var assignment = await sam.Api.MyAssignmentAsync(RebuildingTrust);

        using var response = await coach.GetAsync($"/api/clients/{sam.Id}/assignments/{assignment.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await response.ReadJsonAsync<AssignmentDetail>();
        Assert.Equal((RebuildingTrust, 28, null), (detail.ProgramTitle, detail.Percent, detail.CompletedAt));
        Assert.Equal(
            ["completed", "completed", "available", "available", "available", "available", "available"],
            detail.Steps.OrderBy(s => s.Order).Select(s => s.Status));
        Assert.StartsWith("I feel hurt because", detail.Steps[0].SharedReflection, StringComparison.Ordinal);
        Assert.Null(detail.Steps[1].SharedReflection);
        Assert.NotNull(detail.Steps[1].CompletedAt);
    }

    [Fact]
    public async Task The_reflections_list_holds_only_what_the_client_shared()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        var assignment = await sam.Api.MyAssignmentAsync(RebuildingTrust);
        var steps = assignment.Steps.OrderBy(s => s.Order).ToList();
        await sam.Api.CompleteStepAsync(assignment.Id, steps[2].Id, new { reflection = "Small steps, agreed together.", shareWithCoach = true });
        await sam.Api.CompleteStepAsync(assignment.Id, steps[3].Id, new { reflection = "Only for me.", shareWithCoach = false });

        using var response = await coach.GetAsync($"/api/clients/{sam.Id}/assignments/{assignment.Id}/reflections");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reflections = await response.ReadJsonAsync<List<SharedReflection>>();
        Assert.Equal([steps[0].Id, steps[2].Id], reflections.Select(r => r.StepId));
        Assert.Equal("Small steps, agreed together.", reflections[1].Reflection);
        Assert.DoesNotContain(reflections, r => r.Reflection.Contains("Sunday evenings", StringComparison.Ordinal) || r.Reflection == "Only for me.");
    }

    [Fact]
    public async Task A_reflection_unshared_later_leaves_the_coachs_view()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        var assignment = await sam.Api.MyAssignmentAsync(RebuildingTrust);
        var first = assignment.Steps.Single(s => s.Order == 1);

        using var unshared = await sam.Api.CompleteAsync(assignment.Id, first.Id, new { shareWithCoach = false });

        Assert.Equal(HttpStatusCode.OK, unshared.StatusCode);
        Assert.Empty(await coach.GetFromJsonAsync<List<SharedReflection>>($"/api/clients/{sam.Id}/assignments/{assignment.Id}/reflections") ?? []);
    }

    [Theory]
    [InlineData("/api/clients/{client}/assignments")]
    [InlineData("/api/clients/{client}/assignments/{assignment}")]
    [InlineData("/api/clients/{client}/assignments/{assignment}/reflections")]
    public async Task Another_coachs_client_and_their_assignments_are_not_found(string path)
    {
        using var secondCoach = await App.AddCoachAsync("jordan.lee@example.com", "Jordan Lee");
        using var riley = await App.AddClientAsync(secondCoach, "riley.morgan@example.com", "Riley Morgan");
        var assignment = await secondCoach.Api.AssignAsync(riley.Id, await secondCoach.Api.ProgramIdAsync(TrustInYourself));
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.GetAsync(path.Replace("{client}", riley.Id.ToString()).Replace("{assignment}", assignment.ToString()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/clients/{client}/assignments/{assignment}")]
    [InlineData("/api/clients/{client}/assignments/{assignment}/reflections")]
    public async Task An_assignment_of_another_client_is_not_found_under_this_client(string path)
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        using var riley = await App.AddClientAsync(coach, "riley.morgan@example.com", "Riley Morgan");
        var samsAssignment = (await sam.Api.MyAssignmentAsync(RebuildingTrust)).Id;

        using var response = await coach.Api.GetAsync(path.Replace("{client}", riley.Id.ToString()).Replace("{assignment}", samsAssignment.ToString()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_assignment_made_by_another_coach_is_not_shown_to_this_one()
    {
        using var secondCoach = await App.AddCoachAsync("jordan.lee@example.com", "Jordan Lee");
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        await App.LinkExistingClientAsync(secondCoach, DemoUser.Client.Email, "Sam Taylor");
        var theirs = await secondCoach.Api.AssignAsync(sam.Id, await secondCoach.Api.ProgramIdAsync(TrustInYourself));
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var detail = await coach.GetAsync($"/api/clients/{sam.Id}/assignments/{theirs}");
        var list = await coach.GetFromJsonAsync<List<AssignmentSummary>>($"/api/clients/{sam.Id}/assignments");

        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal([RebuildingTrust], list!.Select(a => a.ProgramTitle));
        Assert.Equal(2, (await sam.Api.MyAssignmentsAsync()).Count);
    }
}

using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Clients;
using CoachingPlatform.IntegrationTests.Infrastructure;
using static CoachingPlatform.IntegrationTests.Programs.ProgramsApi;

namespace CoachingPlatform.IntegrationTests.Programs;

[Collection(AppCollection.Name)]
public sealed class SupportTests(AppFixture app) : IntegrationTest(app)
{
    private const string SupportSubject = "Sam Taylor asked for more support";

    [Fact]
    public async Task A_client_asks_for_support_from_a_step_and_is_pointed_to_urgent_help()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        var assignment = await sam.MyAssignmentAsync(RebuildingTrust);
        var step = assignment.Steps.Single(s => s.Order == 3);

        using var response = await sam.PostAsJsonAsync("/api/me/support-requests", new { assignmentId = assignment.Id, stepId = step.Id, message = "I feel stuck." });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var raised = await response.ReadJsonAsync<Raised>();
        Assert.NotEqual(Guid.Empty, raised.Id);
        Assert.StartsWith("CoachingPlatform is not a crisis service.", raised.SupportLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coach_is_mailed_at_once_with_the_step_and_the_message()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        var assignment = await sam.MyAssignmentAsync(RebuildingTrust);
        var step = assignment.Steps.Single(s => s.Order == 3);

        using var response = await sam.PostAsJsonAsync("/api/me/support-requests", new { assignmentId = assignment.Id, stepId = step.Id, message = "I feel stuck." });
        var mail = await App.Mail.WaitForAsync(m => m.IsTo(DemoUser.Coach.Email) && m.Subject == SupportSubject, "the coach's support mail");
        await App.Outbox.WaitUntilHandledAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("\"Set Realistic Expectations\"", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Their message: I feel stuck.", mail.Text, StringComparison.Ordinal);
        Assert.Single(App.Mail.All);
    }

    [Fact]
    public async Task The_coach_sees_the_flag_lists_the_request_and_resolving_it_clears_the_flag()
    {
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var assignment = await sam.Api.MyAssignmentAsync(RebuildingTrust);
        var raisedAt = App.Clock.UtcNow();
        var raised = await sam.Api.RaiseSupportAsync(new { assignmentId = assignment.Id, message = "Could we talk this week?" });
        var flagged = Assert.Single(await coach.ClientsAsync());
        App.Clock.Advance(TimeSpan.FromMinutes(30));

        using var listed = await coach.GetAsync($"/api/clients/{sam.Id}/support-requests");
        using var resolved = await coach.PostAsync($"/api/clients/{sam.Id}/support-requests/{raised.Id}/resolution", content: null);

        Assert.True(flagged.NeedsSupport);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        var request = Assert.Single(await listed.ReadJsonAsync<List<SupportRequest>>());
        Assert.Equal((raised.Id, assignment.Id, null, "Could we talk this week?", raisedAt, null), (request.Id, request.AssignmentId, request.StepTitle, request.Message, request.RequestedAt, request.ResolvedAt));
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        Assert.Equal(App.Clock.UtcNow(), (await resolved.ReadJsonAsync<SupportRequest>()).ResolvedAt);
        Assert.False((await coach.ClientAsync(sam.Id)).NeedsSupport);
    }

    [Fact]
    public async Task Resolving_a_request_twice_keeps_the_first_resolution()
    {
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var raised = await sam.Api.RaiseSupportAsync(new { assignmentId = (await sam.Api.MyAssignmentAsync(RebuildingTrust)).Id });
        using var first = await coach.PostAsync($"/api/clients/{sam.Id}/support-requests/{raised.Id}/resolution", content: null);
        var resolvedAt = App.Clock.UtcNow();
        App.Clock.Advance(TimeSpan.FromMinutes(5));

        using var second = await coach.PostAsync($"/api/clients/{sam.Id}/support-requests/{raised.Id}/resolution", content: null);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(resolvedAt, (await second.ReadJsonAsync<SupportRequest>()).ResolvedAt);
    }

    [Fact]
    public async Task A_request_without_a_step_or_message_still_reaches_the_coach()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        var assignment = await sam.MyAssignmentAsync(RebuildingTrust);

        using var response = await sam.PostAsJsonAsync("/api/me/support-requests", new { assignmentId = assignment.Id });
        var mail = await App.Mail.WaitForAsync(m => m.IsTo(DemoUser.Coach.Email) && m.Subject == SupportSubject, "the coach's support mail");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("They did not leave a message.", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_request_goes_to_the_coach_who_assigned_the_program()
    {
        using var secondCoach = await App.AddCoachAsync("jordan.lee@example.com", "Jordan Lee");
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        await secondCoach.Api.InviteAsync(DemoUser.Client.Email, "Sam Taylor");
        var theirs = await secondCoach.Api.AssignAsync(sam.Id, await secondCoach.Api.ProgramIdAsync(TrustInYourself));
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await sam.Api.PostAsJsonAsync("/api/me/support-requests", new { assignmentId = theirs });
        await App.Outbox.WaitUntilHandledAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Single(App.Mail.To(secondCoach.Email), m => m.Subject == SupportSubject);
        Assert.Empty(App.Mail.To(DemoUser.Coach.Email));
        Assert.True(Assert.Single(await secondCoach.Api.ClientsAsync()).NeedsSupport);
        Assert.False(Assert.Single(await coach.ClientsAsync()).NeedsSupport);
    }

    [Fact]
    public async Task A_request_naming_an_empty_assignment_id_is_refused()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);

        using var response = await sam.PostAsJsonAsync("/api/me/support-requests", new { assignmentId = Guid.Empty });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("assignmentId"));
    }

    [Fact]
    public async Task A_message_over_2000_characters_is_refused()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        var assignment = await sam.MyAssignmentAsync(RebuildingTrust);

        using var response = await sam.PostAsJsonAsync("/api/me/support-requests", new { assignmentId = assignment.Id, message = new string('m', 2001) });
        await App.Outbox.WaitUntilHandledAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("message"));
        Assert.Empty(App.Mail.All);
    }

    [Fact]
    public async Task Asking_from_another_clients_assignment_or_a_step_of_another_program_is_not_found()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var riley = await App.AddClientAsync(coach, "riley.morgan@example.com", "Riley Morgan");
        using var sam = await App.SignInAsync(DemoUser.Client);
        var samsAssignment = await sam.MyAssignmentAsync(RebuildingTrust);
        var otherStep = (await coach.Api.ProgramAsync(await coach.Api.ProgramIdAsync(TrustInYourself))).Steps[0].Id;

        using var notTheirs = await riley.Api.PostAsJsonAsync("/api/me/support-requests", new { assignmentId = samsAssignment.Id });
        using var wrongStep = await sam.PostAsJsonAsync("/api/me/support-requests", new { assignmentId = samsAssignment.Id, stepId = otherStep });

        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongStep.StatusCode);
        Assert.False((await coach.Api.ClientsAsync()).Single(c => c.Email == DemoUser.Client.Email).NeedsSupport);
    }

    [Fact]
    public async Task Another_coachs_client_requests_are_not_found()
    {
        using var secondCoach = await App.AddCoachAsync("jordan.lee@example.com", "Jordan Lee");
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        var raised = await sam.Api.RaiseSupportAsync(new { assignmentId = (await sam.Api.MyAssignmentAsync(RebuildingTrust)).Id });

        using var listed = await secondCoach.Api.GetAsync($"/api/clients/{sam.Id}/support-requests");
        using var resolved = await secondCoach.Api.PostAsync($"/api/clients/{sam.Id}/support-requests/{raised.Id}/resolution", content: null);

        Assert.Equal(HttpStatusCode.NotFound, listed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, resolved.StatusCode);
    }

    [Fact]
    public async Task Resolving_a_request_of_another_client_or_an_unknown_one_is_not_found()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var riley = await App.AddClientAsync(coach, "riley.morgan@example.com", "Riley Morgan");
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        var raised = await sam.Api.RaiseSupportAsync(new { assignmentId = (await sam.Api.MyAssignmentAsync(RebuildingTrust)).Id });

        using var underRiley = await coach.Api.PostAsync($"/api/clients/{riley.Id}/support-requests/{raised.Id}/resolution", content: null);
        using var unknown = await coach.Api.PostAsync($"/api/clients/{sam.Id}/support-requests/{Guid.NewGuid()}/resolution", content: null);

        Assert.Equal(HttpStatusCode.NotFound, underRiley.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.True((await coach.Api.ClientAsync(sam.Id)).NeedsSupport);
    }
}

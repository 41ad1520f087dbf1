using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using static CoachingPlatform.IntegrationTests.Programs.ProgramsApi;

namespace CoachingPlatform.IntegrationTests.Programs;

[Collection(AppCollection.Name)]
public sealed class AssignmentTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_coach_assigns_a_program_and_the_client_finds_it_in_their_portal()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        var program = await coach.ProgramIdAsync(TrustInYourself);

        using var response = await coach.PostAsJsonAsync($"/api/clients/{sam.Id}/assignments", new { programId = program });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.ReadJsonAsync<Created>()).Id;
        Assert.Equal($"/api/clients/{sam.Id}/assignments/{id}", response.Headers.Location?.OriginalString);
        var assigned = Assert.Single(await sam.Api.MyAssignmentsAsync(), a => a.Id == id);
        Assert.Equal((TrustInYourself, 0, null), (assigned.ProgramTitle, assigned.Percent, assigned.PaceDays));
        Assert.All(assigned.Steps, s => Assert.Equal("available", s.Status));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(91)]
    [InlineData(-3)]
    public async Task A_pace_outside_1_to_90_days_is_refused(int paceDays)
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        var program = await coach.ProgramIdAsync(TrustInYourself);

        using var response = await coach.PostAsJsonAsync($"/api/clients/{sam.Id}/assignments", new { programId = program, paceDays });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("paceDays"));
        Assert.Single(await sam.Api.MyAssignmentsAsync());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(90)]
    public async Task A_pace_of_1_to_90_days_is_accepted(int paceDays)
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        var program = await coach.ProgramIdAsync(TrustInYourself);

        using var response = await coach.PostAsJsonAsync($"/api/clients/{sam.Id}/assignments", new { programId = program, paceDays });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(paceDays, (await sam.Api.MyAssignmentAsync(TrustInYourself)).PaceDays);
    }

    [Fact]
    public async Task An_assignment_without_a_program_names_the_program()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);

        using var response = await coach.PostAsync($"/api/clients/{sam.Id}/assignments", EmptyJson.Body());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("programId"));
    }

    [Fact]
    public async Task Assigning_an_unknown_program_is_not_found()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);

        using var response = await coach.PostAsJsonAsync($"/api/clients/{sam.Id}/assignments", new { programId = Guid.NewGuid() });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.ReadProblemAsync()).Status);
    }

    [Fact]
    public async Task Assigning_another_coachs_program_is_not_found()
    {
        using var secondCoach = await App.AddCoachAsync("jordan.lee@example.com", "Jordan Lee");
        var theirs = await secondCoach.Api.CreateProgramAsync("Jordan's Program", steps: 1);
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);

        using var response = await coach.PostAsJsonAsync($"/api/clients/{sam.Id}/assignments", new { programId = theirs });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single(await sam.Api.MyAssignmentsAsync());
    }

    [Fact]
    public async Task Assigning_to_another_coachs_client_is_not_found()
    {
        using var secondCoach = await App.AddCoachAsync("jordan.lee@example.com", "Jordan Lee");
        using var riley = await App.AddClientAsync(secondCoach, "riley.morgan@example.com", "Riley Morgan");
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var program = await coach.ProgramIdAsync(TrustInYourself);

        using var response = await coach.PostAsJsonAsync($"/api/clients/{riley.Id}/assignments", new { programId = program });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await riley.Api.MyAssignmentsAsync());
    }

    [Fact]
    public async Task Assigning_a_program_the_client_has_not_finished_is_a_conflict()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        var program = await coach.ProgramIdAsync(RebuildingTrust);

        using var response = await coach.PostAsJsonAsync($"/api/clients/{sam.Id}/assignments", new { programId = program });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(409, (await response.ReadProblemAsync()).Status);
        Assert.Single(await sam.Api.MyAssignmentsAsync());
    }

    [Fact]
    public async Task Another_coach_may_assign_a_program_the_client_is_doing_with_their_first_coach()
    {
        using var secondCoach = await App.AddCoachAsync("jordan.lee@example.com", "Jordan Lee");
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        await App.LinkExistingClientAsync(secondCoach, DemoUser.Client.Email, "Sam Taylor");
        var program = await secondCoach.Api.ProgramIdAsync(RebuildingTrust);

        using var response = await secondCoach.Api.PostAsJsonAsync($"/api/clients/{sam.Id}/assignments", new { programId = program });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, (await sam.Api.MyAssignmentsAsync()).Count(a => a.ProgramTitle == RebuildingTrust));
    }

    [Fact]
    public async Task A_finished_program_can_be_assigned_again()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        var program = await coach.ProgramIdAsync(TrustInYourself);
        await coach.AssignAsync(sam.Id, program);
        await sam.Api.CompleteRemainingStepsAsync(await sam.Api.MyAssignmentAsync(TrustInYourself));

        using var response = await coach.PostAsJsonAsync($"/api/clients/{sam.Id}/assignments", new { programId = program });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal([0, 100], (await sam.Api.MyAssignmentsAsync()).Where(a => a.ProgramTitle == TrustInYourself).Select(a => a.Percent).Order());
    }
}

using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using static CoachingPlatform.IntegrationTests.Programs.ProgramsApi;

namespace CoachingPlatform.IntegrationTests.Programs;

[Collection(AppCollection.Name)]
public sealed class ProgramAuthoringTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_coach_creates_a_program_and_reads_it_back_as_written()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.PostAsJsonAsync("/api/programs", new
        {
            title = "  Trust at Work ",
            summary = "Rebuilding trust with a colleague.",
            steps = new object[]
            {
                NewStep("Name what happened"),
                new { title = "Agree on next steps", whyItMatters = "Clarity calms.", howTo = "Write down one promise each.", tip = "  ", checklist = new[] { " Book a slot " } },
            },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.ReadJsonAsync<Created>()).Id;
        Assert.Equal($"/api/programs/{id}", response.Headers.Location?.OriginalString);
        var program = await coach.ProgramAsync(id);
        Assert.Equal(("Trust at Work", "Rebuilding trust with a colleague.", false, true), (program.Title, program.Summary, program.BuiltIn, program.Editable));
        Assert.Equal(["Name what happened", "Agree on next steps"], program.Steps.Select(s => s.Title));
        Assert.Equal((1, "One small thing at a time."), (program.Steps[0].Order, program.Steps[0].Tip));
        Assert.Equal(["Name it", "Write it down"], program.Steps[0].Checklist);
        Assert.Equal((2, null), (program.Steps[1].Order, program.Steps[1].Tip));
        Assert.Equal(["Book a slot"], program.Steps[1].Checklist);
        Assert.Empty(program.Steps[1].Prompts);
    }

    [Fact]
    public async Task A_program_with_faulty_steps_names_each_field_at_fault()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.PostAsJsonAsync("/api/programs", new
        {
            title = "",
            summary = "",
            steps = new object[]
            {
                new { title = "", whyItMatters = "Because.", howTo = "Like this." },
                new { title = "Second", whyItMatters = "Because.", howTo = "", checklist = new[] { "" } },
            },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(["steps[0].title", "steps[1].checklist[0]", "steps[1].howTo", "title"], problem.Errors!.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    public async Task A_program_without_steps_is_refused(string steps)
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var body = new StringContent($$"""{ "title": "Empty", "summary": "", "steps": {{steps}} }""", System.Text.Encoding.UTF8, "application/json");

        using var response = await coach.PostAsync("/api/programs", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("steps"));
        Assert.Equal(2, (await coach.ProgramsAsync()).Count);
    }

    [Fact]
    public async Task A_step_left_empty_is_named()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var body = new StringContent("""{ "title": "Gaps", "steps": [null] }""", System.Text.Encoding.UTF8, "application/json");

        using var response = await coach.PostAsync("/api/programs", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("steps[0]"));
    }

    [Fact]
    public async Task A_program_with_an_empty_body_names_the_title_and_the_steps()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.PostAsync("/api/programs", EmptyJson.Body());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.NotEmpty(problem.ErrorsFor("title"));
        Assert.NotEmpty(problem.ErrorsFor("steps"));
    }

    [Fact]
    public async Task A_coach_revises_their_own_program()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var id = await coach.CreateProgramAsync("Trust at Work", steps: 3);

        using var response = await coach.PutAsJsonAsync($"/api/programs/{id}", new
        {
            title = "Trust at Work, revised",
            summary = "Shorter.",
            steps = new[] { NewStep("Only step") },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(id, (await response.ReadJsonAsync<Created>()).Id);
        var program = await coach.ProgramAsync(id);
        Assert.Equal(("Trust at Work, revised", "Shorter."), (program.Title, program.Summary));
        Assert.Equal(["Only step"], program.Steps.Select(s => s.Title));
    }

    [Fact]
    public async Task Revising_with_faulty_content_names_the_fields_and_changes_nothing()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var id = await coach.CreateProgramAsync("Trust at Work", steps: 1);

        using var response = await coach.PutAsJsonAsync($"/api/programs/{id}", new { title = "Renamed", steps = new[] { new { title = "No guidance" } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.NotEmpty(problem.ErrorsFor("steps[0].whyItMatters"));
        Assert.NotEmpty(problem.ErrorsFor("steps[0].howTo"));
        Assert.Equal("Trust at Work", (await coach.ProgramAsync(id)).Title);
    }

    [Fact]
    public async Task Revising_a_built_in_program_is_a_conflict()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var id = await coach.ProgramIdAsync(TrustInYourself);

        using var response = await coach.PutAsJsonAsync($"/api/programs/{id}", new { title = "Mine now", summary = "", steps = new[] { NewStep("One") } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(409, (await response.ReadProblemAsync()).Status);
        Assert.Equal(TrustInYourself, (await coach.ProgramAsync(id)).Title);
    }

    [Fact]
    public async Task Revising_a_program_already_assigned_is_a_conflict()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        var id = await coach.CreateProgramAsync("Trust at Work", steps: 2);
        await coach.AssignAsync(sam.Id, id);

        using var response = await coach.PutAsJsonAsync($"/api/programs/{id}", new { title = "Changed", summary = "", steps = new[] { NewStep("One") } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var program = await coach.ProgramAsync(id);
        Assert.Equal(("Trust at Work", 2, false), (program.Title, program.Steps.Count, program.Editable));
    }

    [Fact]
    public async Task Revising_another_coachs_program_is_not_found()
    {
        using var secondCoach = await App.AddCoachAsync("jordan.lee@example.com", "Jordan Lee");
        var theirs = await secondCoach.Api.CreateProgramAsync("Jordan's Program", steps: 1);
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.PutAsJsonAsync($"/api/programs/{theirs}", new { title = "Taken over", summary = "", steps = new[] { NewStep("One") } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Jordan's Program", (await secondCoach.Api.ProgramAsync(theirs)).Title);
    }
}

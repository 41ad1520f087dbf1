using System.Net;
using CoachingPlatform.IntegrationTests.Infrastructure;
using static CoachingPlatform.IntegrationTests.Programs.ProgramsApi;

namespace CoachingPlatform.IntegrationTests.Programs;

[Collection(AppCollection.Name)]
public sealed class ProgramCatalogTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_list_holds_the_two_built_in_programs_first_then_the_coachs_own()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        await coach.CreateProgramAsync("Trust at Work", steps: 2);

        using var response = await coach.GetAsync("/api/programs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var programs = await response.ReadJsonAsync<List<ProgramItem>>();
        Assert.Equal(
            [(RebuildingTrust, 7, true), (TrustInYourself, 4, true), ("Trust at Work", 2, false)],
            programs.Select(p => (p.Title, p.StepCount, p.BuiltIn)));
    }

    [Fact]
    public async Task Another_coachs_programs_are_not_listed()
    {
        using var secondCoach = await App.AddCoachAsync("jordan.lee@example.com", "Jordan Lee");
        await secondCoach.Api.CreateProgramAsync("Jordan's Program", steps: 1);
        using var coach = await App.SignInAsync(DemoUser.Coach);

        var programs = await coach.ProgramsAsync();

        Assert.Equal([RebuildingTrust, TrustInYourself], programs.Select(p => p.Title));
    }

    [Fact]
    public async Task A_built_in_program_shows_each_step_with_its_guidance_and_is_read_only()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var id = await coach.ProgramIdAsync(RebuildingTrust);

        using var response = await coach.GetAsync($"/api/programs/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var program = await response.ReadJsonAsync<ProgramDetail>();
        Assert.Equal((id, RebuildingTrust, true, false), (program.Id, program.Title, program.BuiltIn, program.Editable));
        Assert.False(string.IsNullOrWhiteSpace(program.Summary));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], program.Steps.Select(s => s.Order));
        Assert.All(program.Steps, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.WhyItMatters));
            Assert.False(string.IsNullOrWhiteSpace(s.HowTo));
            Assert.NotEmpty(s.Prompts);
        });
        var first = program.Steps[0];
        Assert.Equal("Acknowledge the Pain", first.Title);
        Assert.StartsWith("Use \"I\" statements", first.Tip, StringComparison.Ordinal);
        Assert.Contains("I feel hurt because…", first.Prompts);
    }

    [Fact]
    public async Task The_self_healing_step_carries_its_daily_checklist()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var id = await coach.ProgramIdAsync(RebuildingTrust);

        var program = await coach.ProgramAsync(id);

        var selfHealing = program.Steps.Single(s => s.Order == 4);
        Assert.Equal("Focus on Self-Healing", selfHealing.Title);
        Assert.Equal(
            [
                "Write down three things you're grateful for each day.",
                "Practice mindfulness to stay grounded.",
                "Seek professional counseling if emotions feel unmanageable.",
            ],
            selfHealing.Checklist);
        Assert.Null(selfHealing.Tip);
        Assert.All(program.Steps.Where(s => s.Order != 4), s => Assert.Empty(s.Checklist));
    }

    [Fact]
    public async Task The_second_built_in_program_has_four_steps_on_trusting_yourself()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var id = await coach.ProgramIdAsync(TrustInYourself);

        var program = await coach.ProgramAsync(id);

        Assert.Equal(
            ["The Role of Forgiveness", "Reflect on Lessons Learned", "Set Personal Boundaries", "Practice Self-Compassion"],
            program.Steps.Select(s => s.Title));
    }

    [Fact]
    public async Task Another_coachs_program_is_not_found()
    {
        using var secondCoach = await App.AddCoachAsync("jordan.lee@example.com", "Jordan Lee");
        var theirs = await secondCoach.Api.CreateProgramAsync("Jordan's Program", steps: 1);
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.GetAsync($"/api/programs/{theirs}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.ReadProblemAsync()).Status);
    }

    [Fact]
    public async Task An_unknown_program_is_not_found()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.GetAsync($"/api/programs/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

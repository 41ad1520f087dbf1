using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using static CoachingPlatform.IntegrationTests.Programs.ProgramsApi;

namespace CoachingPlatform.IntegrationTests.Programs;

[Collection(AppCollection.Name)]
public sealed class ProgramCopyTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Copying_a_built_in_program_gives_the_coach_an_editable_copy()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var builtIn = await coach.ProgramAsync(await coach.ProgramIdAsync(RebuildingTrust));

        using var response = await coach.PostAsJsonAsync($"/api/programs/{builtIn.Id}/copies", new { });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var copy = await coach.ProgramAsync((await response.ReadJsonAsync<Created>()).Id);
        Assert.Equal(($"{RebuildingTrust} (my version)", false, true), (copy.Title, copy.BuiltIn, copy.Editable));
        Assert.Equal(
            builtIn.Steps.Select(s => (s.Order, s.Title, s.WhyItMatters, s.HowTo, s.Tip, string.Join("|", s.Checklist), string.Join("|", s.Prompts))),
            copy.Steps.Select(s => (s.Order, s.Title, s.WhyItMatters, s.HowTo, s.Tip, string.Join("|", s.Checklist), string.Join("|", s.Prompts))));
        Assert.DoesNotContain(copy.Steps, s => builtIn.Steps.Any(b => b.Id == s.Id));
    }

    [Fact]
    public async Task A_copy_takes_the_title_asked_for_and_can_be_revised_while_the_original_stays()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var builtIn = await coach.ProgramIdAsync(TrustInYourself);
        using var copied = await coach.PostAsJsonAsync($"/api/programs/{builtIn}/copies", new { title = "Trusting Myself Again" });
        var copy = (await copied.ReadJsonAsync<Created>()).Id;

        using var revised = await coach.PutAsJsonAsync($"/api/programs/{copy}", new { title = "Trusting Myself Again", summary = "Two steps.", steps = new[] { NewStep("Forgive"), NewStep("Decide") } });

        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.Equal(["Forgive", "Decide"], (await coach.ProgramAsync(copy)).Steps.Select(s => s.Title));
        Assert.Equal(4, (await coach.ProgramAsync(builtIn)).Steps.Count);
        Assert.Equal([RebuildingTrust, TrustInYourself, "Trusting Myself Again"], (await coach.ProgramsAsync()).Select(p => p.Title));
    }

    [Fact]
    public async Task An_assigned_program_is_copied_into_a_new_version_the_coach_can_change()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        var assigned = await coach.CreateProgramAsync("Trust at Work", steps: 2);
        await coach.AssignAsync(sam.Id, assigned);

        using var copied = await coach.PostAsJsonAsync($"/api/programs/{assigned}/copies", new { title = "Trust at Work, second edition" });
        var copy = (await copied.ReadJsonAsync<Created>()).Id;
        using var revised = await coach.PutAsJsonAsync($"/api/programs/{copy}", new { title = "Trust at Work, second edition", summary = "", steps = new[] { NewStep("One") } });

        Assert.Equal(HttpStatusCode.Created, copied.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.Equal(["One"], (await coach.ProgramAsync(copy)).Steps.Select(s => s.Title));
        Assert.Equal(2, (await coach.ProgramAsync(assigned)).Steps.Count);
    }

    [Fact]
    public async Task A_copy_title_over_200_characters_is_refused()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var builtIn = await coach.ProgramIdAsync(TrustInYourself);

        using var response = await coach.PostAsJsonAsync($"/api/programs/{builtIn}/copies", new { title = new string('a', 201) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("title"));
    }

    [Fact]
    public async Task Copying_another_coachs_program_is_not_found()
    {
        using var secondCoach = await App.AddCoachAsync("jordan.lee@example.com", "Jordan Lee");
        var theirs = await secondCoach.Api.CreateProgramAsync("Jordan's Program", steps: 1);
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.PostAsJsonAsync($"/api/programs/{theirs}/copies", new { });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(2, (await coach.ProgramsAsync()).Count);
    }
}

using System.Net;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Programs;
using static CoachingPlatform.IntegrationTests.Assessments.WheelApi;

namespace CoachingPlatform.IntegrationTests.Assessments;

/// <summary>AssessmentCompleted travels through the Assessments outbox to Programs, which suggests a trust program to the coach.</summary>
[Collection(AppCollection.Name)]
public sealed class AssessmentCompletedTests(AppFixture app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("relationships")]
    [InlineData("family-and-friends")]
    public async Task Relationship_areas_to_grow_without_a_program_suggest_the_trust_program_to_the_coach(string area)
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var client = await App.AddClientAsync(coach, "new.client@example.com", "New Client");
        var taken = await client.Api.TakeWheelAsync(Scores(7, (area, 3)));

        await App.Outbox.WaitUntilHandledAsync();

        var suggestion = Assert.Single(await coach.Api.SuggestionsAsync());
        Assert.Equal(client.Id, suggestion.ClientId);
        Assert.Equal(ProgramsApi.RebuildingTrust, suggestion.ProgramTitle);
        Assert.Equal(await coach.Api.ProgramIdAsync(ProgramsApi.RebuildingTrust), suggestion.ProgramId);
        Assert.Equal(taken.Id, suggestion.AssessmentId);
        Assert.Equal([area], suggestion.GrowthAreas);
    }

    [Fact]
    public async Task Other_growth_areas_suggest_nothing()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var client = await App.AddClientAsync(coach, "new.client@example.com", "New Client");
        await client.Api.TakeWheelAsync(Scores(7, ("finances", 2)));

        await App.Outbox.WaitUntilHandledAsync();

        Assert.Empty(await coach.Api.SuggestionsAsync());
    }

    [Fact]
    public async Task A_client_with_a_program_under_way_gets_no_suggestion()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);
        await client.Api.TakeWheelAsync(Scores(7, ("relationships", 2)));

        await App.Outbox.WaitUntilHandledAsync();

        Assert.Empty(await coach.Api.SuggestionsAsync());
    }

    [Fact]
    public async Task A_claimed_result_raises_the_event_too()
    {
        using var visitor = App.CreateClient();
        var taken = await visitor.TakeWheelAsync(Scores(7, ("relationships", 2)));
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var client = await App.AddClientAsync(coach, "new.client@example.com", "New Client");
        using var claimed = await client.Api.PostAsync("/api/me/assessments/claims", System.Net.Http.Json.JsonContent.Create(new { token = taken.ClaimToken }));

        await App.Outbox.WaitUntilHandledAsync();

        Assert.Equal(taken.Id, Assert.Single(await coach.Api.SuggestionsAsync()).AssessmentId);
    }

    [Fact]
    public async Task A_newer_result_refreshes_the_open_suggestion_instead_of_adding_one()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var client = await App.AddClientAsync(coach, "new.client@example.com", "New Client");
        await client.Api.TakeWheelAsync(Scores(7, ("relationships", 2)));
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var newer = await client.Api.TakeWheelAsync(Scores(7, ("family-and-friends", 2)));

        await App.Outbox.WaitUntilHandledAsync();

        var suggestion = Assert.Single(await coach.Api.SuggestionsAsync());
        Assert.Equal(newer.Id, suggestion.AssessmentId);
        Assert.Equal(["family-and-friends"], suggestion.GrowthAreas);
    }

    [Fact]
    public async Task Assigning_a_program_or_dismissing_clears_the_suggestion()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var assigned = await App.AddClientAsync(coach, "assigned@example.com", "Assigned Client");
        using var dismissed = await App.AddClientAsync(coach, "dismissed@example.com", "Dismissed Client");
        await assigned.Api.TakeWheelAsync(Scores(7, ("relationships", 2)));
        await dismissed.Api.TakeWheelAsync(Scores(7, ("relationships", 2)));
        await App.Outbox.WaitUntilHandledAsync();
        var suggestions = await coach.Api.SuggestionsAsync();

        await coach.Api.AssignAsync(assigned.Id, suggestions.Single(s => s.ClientId == assigned.Id).ProgramId);
        using var dismissal = await coach.Api.PostAsync($"/api/program-suggestions/{suggestions.Single(s => s.ClientId == dismissed.Id).Id}/dismissal", null);

        Assert.Equal(HttpStatusCode.NoContent, dismissal.StatusCode);
        Assert.Empty(await coach.Api.SuggestionsAsync());
    }

    [Fact]
    public async Task A_suggestion_is_only_its_coach_s()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var client = await App.AddClientAsync(coach, "new.client@example.com", "New Client");
        await client.Api.TakeWheelAsync(Scores(7, ("relationships", 2)));
        await App.Outbox.WaitUntilHandledAsync();
        var suggestion = Assert.Single(await coach.Api.SuggestionsAsync());
        using var otherCoach = await App.AddCoachAsync("other.coach@example.com", "Other Coach");

        using var dismissal = await otherCoach.Api.PostAsync($"/api/program-suggestions/{suggestion.Id}/dismissal", null);

        Assert.Empty(await otherCoach.Api.SuggestionsAsync());
        Assert.Equal(HttpStatusCode.NotFound, dismissal.StatusCode);
        Assert.Single(await coach.Api.SuggestionsAsync());
    }

    [Fact]
    public async Task Suggestions_are_paged_newest_first()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var first = await App.AddClientAsync(coach, "first@example.com", "First Client");
        using var second = await App.AddClientAsync(coach, "second@example.com", "Second Client");
        await first.Api.TakeWheelAsync(Scores(7, ("relationships", 2)));
        await App.Outbox.WaitUntilHandledAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        await second.Api.TakeWheelAsync(Scores(7, ("relationships", 2)));
        await App.Outbox.WaitUntilHandledAsync();

        using var page1 = await coach.Api.GetAsync("/api/program-suggestions?page=1&pageSize=1");
        using var page2 = await coach.Api.GetAsync("/api/program-suggestions?page=2&pageSize=1");
        using var tooBig = await coach.Api.GetAsync("/api/program-suggestions?pageSize=1000");

        Assert.Equal(second.Id, Assert.Single(await page1.ReadJsonAsync<List<Suggestion>>()).ClientId);
        Assert.Equal(first.Id, Assert.Single(await page2.ReadJsonAsync<List<Suggestion>>()).ClientId);
        Assert.NotEmpty((await tooBig.ReadProblemAsync()).ErrorsFor("pageSize"));
    }
}

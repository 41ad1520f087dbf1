using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using static CoachingPlatform.IntegrationTests.Assessments.WheelApi;

namespace CoachingPlatform.IntegrationTests.Assessments;

[Collection(AppCollection.Name)]
public sealed class WheelInputTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task An_over_long_note_is_a_400_naming_its_area()
    {
        using var visitor = App.CreateClient();

        using var response = await visitor.PostAsJsonAsync(WheelPath, new { scores = Scores(5), notes = new Dictionary<string, string> { ["career"] = new('a', 501) } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("notes.career"));
    }

    [Fact]
    public async Task A_note_for_an_unknown_area_is_a_400_naming_it()
    {
        using var visitor = App.CreateClient();

        using var response = await visitor.PostAsJsonAsync(WheelPath, new { scores = Scores(5), notes = new Dictionary<string, string> { ["spirituality"] = "Quiet" } });

        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("notes.spirituality"));
    }

    [Fact]
    public async Task A_goal_s_target_score_outside_one_to_ten_is_a_400_naming_it()
    {
        using var visitor = App.CreateClient();

        using var response = await visitor.PostAsJsonAsync(WheelPath, new { scores = Scores(5), goals = new[] { new { area = "health", text = "Walk", targetScore = 11 } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("goals[0].targetScore"));
    }

    [Fact]
    public async Task A_goal_added_later_answers_201_and_reads_back()
    {
        using var visitor = App.CreateClient();
        var taken = await visitor.TakeWheelAsync(Scores(5));

        using var response = await visitor.PostAsJsonAsync($"/api/assessments/{taken.Id}/goals", new { area = "finances", text = "Save 50 a month", targetScore = 7, targetDate = "2027-01-31" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var goal = await response.ReadJsonAsync<Goal>();
        Assert.Equal(("finances", "Save 50 a month", 7, new DateOnly(2027, 1, 31)), (goal.Area, goal.Text, goal.TargetScore!.Value, goal.TargetDate!.Value));
    }

    [Theory]
    [InlineData("spirituality", "Meditate", "area")]
    [InlineData("health", "", "text")]
    public async Task A_bad_goal_is_a_400_naming_the_field(string area, string text, string field)
    {
        using var visitor = App.CreateClient();
        var taken = await visitor.TakeWheelAsync(Scores(5));

        using var response = await visitor.PostAsJsonAsync($"/api/assessments/{taken.Id}/goals", new { area, text });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor(field));
    }

    [Fact]
    public async Task An_over_long_goal_is_a_400_naming_its_text()
    {
        using var visitor = App.CreateClient();
        var taken = await visitor.TakeWheelAsync(Scores(5));

        using var response = await visitor.PostAsJsonAsync($"/api/assessments/{taken.Id}/goals", new { area = "health", text = new string('g', 501) });

        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("text"));
    }

    [Fact]
    public async Task Only_the_owner_sets_goals_on_a_client_s_result_not_their_coach_nor_a_stranger()
    {
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);
        var taken = await client.Api.TakeWheelAsync(Scores(5));
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var stranger = App.CreateClient();
        var goal = new { area = "health", text = "Walk" };

        using var byOwner = await client.Api.PostAsJsonAsync($"/api/assessments/{taken.Id}/goals", goal);
        using var byCoach = await coach.Api.PostAsJsonAsync($"/api/assessments/{taken.Id}/goals", goal);
        using var byStranger = await stranger.PostAsJsonAsync($"/api/assessments/{taken.Id}/goals", goal);

        Assert.Equal(HttpStatusCode.Created, byOwner.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byCoach.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
    }

    [Fact]
    public async Task Notes_are_not_shown_to_another_client()
    {
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);
        var taken = await client.Api.TakeWheelAsync(Scores(5), new Dictionary<string, string> { ["health"] = "Private" });
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var other = await App.AddClientAsync(coach, "other.client@example.com", "Other Client");

        using var response = await other.Api.GetAsync($"/api/assessments/{taken.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Private", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

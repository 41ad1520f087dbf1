using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Assessments;

[Collection(AppCollection.Name)]
public sealed class WheelOfLifeTests(AppFixture app) : IntegrationTest(app)
{
    private const string WheelPath = "/api/assessments/wheel-of-life";

    public static readonly string[] AreaKeys =
    [
        "health", "career", "finances", "relationships",
        "family-and-friends", "personal-growth", "fun-and-recreation", "physical-environment",
    ];

    [Fact]
    public async Task The_blank_wheel_lists_the_eight_areas_in_order_with_names_and_descriptions()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync(WheelPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var areas = (await response.ReadJsonAsync<JsonElement>()).GetProperty("areas").EnumerateArray().ToList();
        Assert.Equal(AreaKeys, areas.Select(a => a.GetProperty("key").GetString()));
        Assert.All(areas, a => Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("name").GetString())));
        Assert.All(areas, a => Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("description").GetString())));
    }

    [Fact]
    public async Task Taking_a_wheel_answers_201_with_its_address_average_strengths_and_growth_areas()
    {
        using var client = App.CreateClient();
        var scores = Scores(5);
        scores["career"] = 9;
        scores["finances"] = 2;
        scores["health"] = 2;

        using var response = await client.PostAsJsonAsync(WheelPath, new { scores });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/assessments/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(4.8, body.GetProperty("average").GetDouble());
        Assert.Equal(["career"], Strings(body.GetProperty("strengths")));
        Assert.Equal(["health", "finances"], Strings(body.GetProperty("growthAreas")));
    }

    [Fact]
    public async Task A_flat_wheel_is_all_strengths_from_six_and_all_growth_areas_below()
    {
        using var client = App.CreateClient();

        using var flatAtSix = await client.PostAsJsonAsync(WheelPath, new { scores = Scores(6) });
        using var flatAtFive = await client.PostAsJsonAsync(WheelPath, new { scores = Scores(5) });

        var high = await flatAtSix.ReadJsonAsync<Taken>();
        var low = await flatAtFive.ReadJsonAsync<Taken>();
        Assert.Equal(AreaKeys, high.Strengths);
        Assert.Empty(high.GrowthAreas);
        Assert.Empty(low.Strengths);
        Assert.Equal(AreaKeys, low.GrowthAreas);
    }

    [Fact]
    public async Task A_taken_wheel_reads_back_with_its_scores_goals_and_time()
    {
        using var client = App.CreateClient();
        var scores = Scores(7);
        scores["relationships"] = 3;
        var goals = new[] { new { area = "relationships", text = "  Call my sister every Sunday " }, new { area = "health", text = "Sleep before midnight" } };
        var taken = await (await client.PostAsJsonAsync(WheelPath, new { scores, goals })).ReadJsonAsync<Taken>();

        using var response = await client.GetAsync($"/api/assessments/{taken.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync<JsonElement>();
        Assert.Equal(taken.Id, body.GetProperty("id").GetGuid());
        Assert.Equal(6.5, body.GetProperty("average").GetDouble());
        Assert.Equal(AreaKeys.Where(k => k != "relationships"), Strings(body.GetProperty("strengths")));
        Assert.Equal(["relationships"], Strings(body.GetProperty("growthAreas")));
        Assert.Equal(scores, body.GetProperty("scores").Deserialize<Dictionary<string, int>>());
        Assert.Equal(
            [("relationships", "Call my sister every Sunday"), ("health", "Sleep before midnight")],
            body.GetProperty("goals").EnumerateArray().Select(g => (g.GetProperty("area").GetString(), g.GetProperty("text").GetString())));
        Assert.EndsWith("Z", body.GetProperty("takenAt").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("health", null)]
    [InlineData("career", 0)]
    [InlineData("finances", 11)]
    [InlineData("family-and-friends", -1)]
    public async Task A_missing_or_out_of_range_score_is_a_400_naming_the_area(string area, int? score)
    {
        using var client = App.CreateClient();
        var scores = Scores(5);
        scores.Remove(area);
        if (score is { } value)
        {
            scores[area] = value;
        }

        using var response = await client.PostAsJsonAsync(WheelPath, new { scores });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.NotEmpty(problem.ErrorsFor($"scores.{area}"));
        Assert.Single(problem.Errors!);
    }

    [Fact]
    public async Task An_unknown_area_is_a_400_naming_it()
    {
        using var client = App.CreateClient();
        var scores = Scores(5);
        scores["spirituality"] = 8;

        using var response = await client.PostAsJsonAsync(WheelPath, new { scores });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.NotEmpty(problem.ErrorsFor("scores.spirituality"));
        Assert.Single(problem.Errors!);
    }

    [Fact]
    public async Task A_score_that_is_not_a_whole_number_is_a_400_naming_the_area()
    {
        using var client = App.CreateClient();
        using var content = new StringContent(
            """{"scores": {"health": 7.5, "career": 5, "finances": 5, "relationships": 5, "family-and-friends": 5, "personal-growth": 5, "fun-and-recreation": 5, "physical-environment": 5}}""",
            System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(WheelPath, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("scores.health"));
    }

    [Fact]
    public async Task A_wheel_without_scores_is_a_400_naming_the_scores()
    {
        using var client = App.CreateClient();

        using var response = await client.PostAsJsonAsync(WheelPath, new { goals = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("scores"));
    }

    [Fact]
    public async Task A_wheel_with_an_empty_body_is_a_400_naming_the_scores()
    {
        using var client = App.CreateClient();

        using var response = await client.PostAsync(WheelPath, EmptyJson.Body());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("scores"));
    }

    [Fact]
    public async Task A_goal_that_is_null_is_a_400_naming_that_goal()
    {
        using var client = App.CreateClient();
        var goals = new[] { new { area = "health", text = "Walk every day" }, null };

        using var response = await client.PostAsJsonAsync(WheelPath, new { scores = Scores(5), goals });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("goals[1]"));
    }

    [Fact]
    public async Task Invalid_goals_are_a_400_naming_the_goal_and_its_field()
    {
        using var client = App.CreateClient();
        var goals = new[] { new { area = "health", text = "Walk every day" }, new { area = "spirituality", text = "  " } };

        using var response = await client.PostAsJsonAsync(WheelPath, new { scores = Scores(5), goals });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.NotEmpty(problem.ErrorsFor("goals[1].area"));
        Assert.NotEmpty(problem.ErrorsFor("goals[1].text"));
        Assert.Empty(problem.ErrorsFor("goals[0].area"));
    }

    [Fact]
    public async Task Too_many_goals_are_a_400_naming_the_goals()
    {
        using var client = App.CreateClient();
        var goals = Enumerable.Range(1, 17).Select(i => new { area = "health", text = $"Goal {i}" });

        using var response = await client.PostAsJsonAsync(WheelPath, new { scores = Scores(5), goals });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("goals"));
    }

    public static Dictionary<string, int> Scores(int everywhere) => AreaKeys.ToDictionary(k => k, _ => everywhere);

    private static List<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();

    private sealed record Taken(Guid Id, double Average, string[] Strengths, string[] GrowthAreas);
}

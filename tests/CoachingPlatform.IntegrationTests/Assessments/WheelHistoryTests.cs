using System.Net;
using CoachingPlatform.IntegrationTests.Infrastructure;
using static CoachingPlatform.IntegrationTests.Assessments.WheelApi;

namespace CoachingPlatform.IntegrationTests.Assessments;

[Collection(AppCollection.Name)]
public sealed class WheelHistoryTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_client_s_history_is_newest_first_with_the_change_per_area_since_the_previous_result()
    {
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);
        var first = await client.Api.TakeWheelAsync(Scores(5, ("relationships", 2)));
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        var second = await client.Api.TakeWheelAsync(Scores(5, ("relationships", 6), ("health", 4)));

        var history = await client.Api.MyWheelsAsync();

        Assert.Equal([second.Id, first.Id], history.Select(h => h.Id));
        Assert.Equal(4, history[0].Change!["relationships"]);
        Assert.Equal(-1, history[0].Change!["health"]);
        Assert.Equal(0, history[0].Change!["career"]);
        Assert.Equal(first.Id, history[0].PreviousId);
        Assert.Null(history[1].Change);
        Assert.Null(history[1].PreviousId);
        Assert.Equal(6, history[0].Scores["relationships"]);
    }

    [Fact]
    public async Task The_history_pages_and_the_last_entry_of_a_page_still_knows_its_change()
    {
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);
        var taken = new List<Taken>();
        for (var score = 3; score <= 5; score++)
        {
            taken.Add(await client.Api.TakeWheelAsync(Scores(score)));
            App.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        var firstPage = await client.Api.MyWheelsAsync("?page=1&pageSize=2");
        var secondPage = await client.Api.MyWheelsAsync("?page=2&pageSize=2");

        Assert.Equal([taken[2].Id, taken[1].Id], firstPage.Select(h => h.Id));
        Assert.Equal(1, firstPage[1].Change!["health"]);
        Assert.Equal([taken[0].Id], secondPage.Select(h => h.Id));
    }

    [Fact]
    public async Task A_page_size_out_of_bounds_is_a_400_naming_it()
    {
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);

        using var response = await client.Api.GetAsync("/api/me/assessments?pageSize=1000");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("pageSize"));
    }

    [Fact]
    public async Task An_anonymous_result_is_in_nobody_s_history()
    {
        using var visitor = App.CreateClient();
        await visitor.TakeWheelAsync(Scores(6));
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);

        Assert.Empty(await client.Api.MyWheelsAsync());
    }

    [Fact]
    public async Task The_client_s_coach_reads_the_history_with_the_notes()
    {
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);
        var taken = await client.Api.TakeWheelAsync(Scores(6), new Dictionary<string, string> { ["health"] = "Sleeping badly since March" });
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);

        var history = await coach.Api.ClientWheelsAsync(client.Id);

        var entry = Assert.Single(history);
        Assert.Equal(taken.Id, entry.Id);
        Assert.Equal("Sleeping badly since March", entry.Notes["health"]);
    }

    [Fact]
    public async Task Another_coach_gets_a_404_for_the_client_s_history()
    {
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);
        await client.Api.TakeWheelAsync(Scores(6));
        using var otherCoach = await App.AddCoachAsync("other.coach@example.com", "Other Coach");

        using var response = await otherCoach.Api.GetAsync($"/api/clients/{client.Id}/assessments");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.ReadProblemAsync()).Status);
    }

    [Fact]
    public async Task The_history_routes_check_the_role()
    {
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var visitor = App.CreateClient();

        using var clientOnCoachRoute = await client.Api.GetAsync($"/api/clients/{client.Id}/assessments");
        using var coachOnClientRoute = await coach.Api.GetAsync("/api/me/assessments");
        using var visitorOnClientRoute = await visitor.GetAsync("/api/me/assessments");

        Assert.Equal(HttpStatusCode.Forbidden, clientOnCoachRoute.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, coachOnClientRoute.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, visitorOnClientRoute.StatusCode);
    }

    [Fact]
    public async Task A_result_s_page_shows_the_previous_result_beside_it()
    {
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);
        var first = await client.Api.TakeWheelAsync(Scores(5));
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        var second = await client.Api.TakeWheelAsync(Scores(7));

        var result = await (await client.Api.GetAsync($"/api/assessments/{second.Id}")).ReadJsonAsync<System.Text.Json.JsonElement>();

        Assert.Equal(first.Id, result.GetProperty("previousId").GetGuid());
        Assert.All(result.GetProperty("areas").EnumerateArray(), a => Assert.Equal(5, a.GetProperty("previous").GetInt32()));
    }
}

using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using static CoachingPlatform.IntegrationTests.Assessments.WheelApi;

namespace CoachingPlatform.IntegrationTests.Assessments;

[Collection(AppCollection.Name)]
public sealed class WheelClaimTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task An_anonymous_result_comes_with_a_claim_token_and_a_client_s_result_without()
    {
        using var visitor = App.CreateClient();
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);

        var anonymous = await visitor.TakeWheelAsync(Scores(5));
        var owned = await client.Api.TakeWheelAsync(Scores(5));

        Assert.False(string.IsNullOrEmpty(anonymous.ClaimToken));
        Assert.Null(owned.ClaimToken);
    }

    [Fact]
    public async Task A_visitor_who_becomes_a_client_claims_their_result_into_their_history()
    {
        using var visitor = App.CreateClient();
        var taken = await visitor.TakeWheelAsync(Scores(6, ("relationships", 2)), new Dictionary<string, string> { ["relationships"] = "Since the breakup" });
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var newClient = await App.AddClientAsync(coach, "new.client@example.com", "New Client");

        using var claimed = await newClient.Api.PostAsJsonAsync("/api/me/assessments/claims", new { token = taken.ClaimToken });

        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        var history = await newClient.Api.MyWheelsAsync();
        var entry = Assert.Single(history);
        Assert.Equal(taken.Id, entry.Id);
        Assert.Equal("Since the breakup", entry.Notes["relationships"]);
        Assert.Equal(taken.Id, Assert.Single(await coach.Api.ClientWheelsAsync(newClient.Id)).Id);
    }

    [Fact]
    public async Task A_claimed_result_is_no_longer_anonymous()
    {
        using var visitor = App.CreateClient();
        var taken = await visitor.TakeWheelAsync(Scores(6));
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);
        using var claimed = await client.Api.PostAsJsonAsync("/api/me/assessments/claims", new { token = taken.ClaimToken });

        using var byVisitor = await visitor.GetAsync($"/api/assessments/{taken.Id}");

        Assert.Equal(HttpStatusCode.NotFound, byVisitor.StatusCode);
    }

    [Fact]
    public async Task A_token_works_once()
    {
        using var visitor = App.CreateClient();
        var taken = await visitor.TakeWheelAsync(Scores(6));
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var other = await App.AddClientAsync(coach, "other.client@example.com", "Other Client");
        using var first = await client.Api.PostAsJsonAsync("/api/me/assessments/claims", new { token = taken.ClaimToken });

        using var second = await other.Api.PostAsJsonAsync("/api/me/assessments/claims", new { token = taken.ClaimToken });

        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Empty(await other.Api.MyWheelsAsync());
    }

    [Fact]
    public async Task A_missing_token_is_a_400_naming_it_and_an_unknown_one_a_404()
    {
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);

        using var missing = await client.Api.PostAsJsonAsync("/api/me/assessments/claims", new { });
        using var unknown = await client.Api.PostAsJsonAsync("/api/me/assessments/claims", new { token = "not-a-real-token" });

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.NotEmpty((await missing.ReadProblemAsync()).ErrorsFor("token"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Only_clients_claim()
    {
        using var visitor = App.CreateClient();
        var taken = await visitor.TakeWheelAsync(Scores(6));
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);

        using var byCoach = await coach.Api.PostAsJsonAsync("/api/me/assessments/claims", new { token = taken.ClaimToken });
        using var byVisitor = await visitor.PostAsJsonAsync("/api/me/assessments/claims", new { token = taken.ClaimToken });

        Assert.Equal(HttpStatusCode.Forbidden, byCoach.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byVisitor.StatusCode);
    }
}

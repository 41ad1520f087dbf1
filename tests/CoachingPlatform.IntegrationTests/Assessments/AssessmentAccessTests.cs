using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Assessments;

[Collection(AppCollection.Name)]
public sealed class AssessmentAccessTests(AppFixture app) : IntegrationTest(app)
{
    private const string WheelPath = "/api/assessments/wheel-of-life";

    [Fact]
    public async Task A_client_reads_their_own_result()
    {
        using var client = await App.SignInAsync(DemoUser.Client);
        var id = await TakeWheelAsync(client);

        using var response = await client.GetAsync($"/api/assessments/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(id, (await response.ReadJsonAsync<Result>()).Id);
    }

    [Fact]
    public async Task The_client_s_coach_reads_their_result_and_an_admin_does_not()
    {
        using var owner = await App.SignInAsync(DemoUser.Client);
        var id = await TakeWheelAsync(owner);
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var admin = await App.SignInAsync(DemoUser.Admin);

        using var byCoach = await coach.GetAsync($"/api/assessments/{id}");
        using var byAdmin = await admin.GetAsync($"/api/assessments/{id}");

        Assert.Equal(HttpStatusCode.OK, byCoach.StatusCode);
        Assert.Equal(id, (await byCoach.ReadJsonAsync<Result>()).Id);
        Assert.Equal(HttpStatusCode.NotFound, byAdmin.StatusCode);
    }

    [Fact]
    public async Task A_client_s_result_is_404_for_a_visitor()
    {
        using var owner = await App.SignInAsync(DemoUser.Client);
        var id = await TakeWheelAsync(owner);
        using var visitor = App.CreateClient();

        using var response = await visitor.GetAsync($"/api/assessments/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.ReadProblemAsync()).Status);
    }

    [Fact]
    public async Task A_client_s_result_is_404_for_another_client()
    {
        using var owner = await App.SignInAsync(DemoUser.Client);
        var id = await TakeWheelAsync(owner);
        using var otherClient = await SignInAsNewClientAsync("taylor.brooks@example.com");

        using var response = await otherClient.GetAsync($"/api/assessments/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.ReadProblemAsync()).Status);
    }

    [Fact]
    public async Task Someone_else_s_result_answers_like_a_missing_one()
    {
        using var owner = await App.SignInAsync(DemoUser.Client);
        var id = await TakeWheelAsync(owner);
        using var visitor = App.CreateClient();

        using var someoneElses = await visitor.GetAsync($"/api/assessments/{id}");
        using var missing = await visitor.GetAsync($"/api/assessments/{Guid.CreateVersion7()}");

        Assert.Equal(HttpStatusCode.NotFound, someoneElses.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var hidden = await someoneElses.ReadProblemAsync();
        var absent = await missing.ReadProblemAsync();
        Assert.Equal(absent.Title, hidden.Title);
        Assert.Equal(absent.Type, hidden.Type);
    }

    [Fact]
    public async Task An_anonymous_result_is_readable_by_anyone_holding_its_id()
    {
        using var taker = App.CreateClient();
        var id = await TakeWheelAsync(taker);
        using var anotherVisitor = App.CreateClient();
        using var client = await App.SignInAsync(DemoUser.Client);

        using var byVisitor = await anotherVisitor.GetAsync($"/api/assessments/{id}");
        using var byClient = await client.GetAsync($"/api/assessments/{id}");

        Assert.Equal(HttpStatusCode.OK, byVisitor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byClient.StatusCode);
    }

    [Fact]
    public async Task A_wheel_taken_by_a_coach_is_kept_as_an_anonymous_result()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var id = await TakeWheelAsync(coach);
        using var visitor = App.CreateClient();

        using var response = await visitor.GetAsync($"/api/assessments/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_result_is_404()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync($"/api/assessments/{Guid.CreateVersion7()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.ReadProblemAsync()).Status);
    }

    private static async Task<Guid> TakeWheelAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync(WheelPath, new { scores = WheelOfLifeTests.Scores(6) });
        return (await response.ReadJsonAsync<Result>()).Id;
    }

    /// <summary>A second client of the demo coach, invited and with a password set, signed in.</summary>
    private async Task<HttpClient> SignInAsNewClientAsync(string email)
    {
        const string password = "Second-Client-77!";
        using (var coach = await App.SignInAsync(DemoUser.Coach))
        {
            using var invited = await coach.PostAsJsonAsync("/api/clients", new { email, displayName = "Taylor Brooks" });
            invited.EnsureSuccessStatusCode();
        }

        var token = (await App.Mail.WaitForAsync(email)).TokenFrom("/invitation");
        using (var anonymous = App.CreateClient())
        {
            using var accepted = await anonymous.PostAsJsonAsync("/api/auth/accept-invitation", new { token, password });
            accepted.EnsureSuccessStatusCode();
        }

        return await App.SignInAsync(email, password);
    }

    private sealed record Result(Guid Id);
}

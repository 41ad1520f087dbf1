using System.Net;
using CoachingPlatform.IntegrationTests.Infrastructure;
using static CoachingPlatform.IntegrationTests.Clients.ClientsApi;

namespace CoachingPlatform.IntegrationTests.Clients;

[Collection(AppCollection.Name)]
public sealed class ClientListTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_coach_lists_their_clients_with_progress_and_practice()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.GetAsync("/api/clients");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sam = Assert.Single(await response.ReadJsonAsync<List<ClientView>>());
        Assert.Equal((DemoUser.Client.Email, "Sam Taylor", "active"), (sam.Email, sam.DisplayName, sam.Status));
        Assert.Equal((1, 2, 7, 28), (sam.Assignments, sam.CompletedSteps, sam.TotalSteps, sam.Percent));
        Assert.Equal((1, 2, false), (sam.Wins, sam.GratitudeStreak, sam.NeedsSupport));
        Assert.NotNull(sam.LastActivityAt);
    }

    [Fact]
    public async Task A_coach_sees_only_their_own_clients()
    {
        using var secondCoach = await App.AddCoachAsync("jordan.lee@example.com", "Jordan Lee");
        using var riley = await App.AddClientAsync(secondCoach, "riley.morgan@example.com", "Riley Morgan");
        using var coach = await App.SignInAsync(DemoUser.Coach);

        var mine = await coach.ClientsAsync();
        var theirs = await secondCoach.Api.ClientsAsync();

        Assert.Equal([DemoUser.Client.Email], mine.Select(c => c.Email));
        Assert.Equal([riley.Id], theirs.Select(c => c.Id));
    }

    [Fact]
    public async Task A_coach_gets_one_of_their_clients()
    {
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.GetAsync($"/api/clients/{sam.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var client = await response.ReadJsonAsync<ClientView>();
        Assert.Equal((sam.Id, "Sam Taylor", "active", 28), (client.Id, client.DisplayName, client.Status, client.Percent));
    }

    [Fact]
    public async Task Another_coachs_client_is_not_found()
    {
        using var secondCoach = await App.AddCoachAsync("jordan.lee@example.com", "Jordan Lee");
        using var riley = await App.AddClientAsync(secondCoach, "riley.morgan@example.com", "Riley Morgan");
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.GetAsync($"/api/clients/{riley.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.ReadProblemAsync()).Status);
    }

    [Fact]
    public async Task An_unknown_client_is_not_found()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.GetAsync($"/api/clients/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_list_comes_in_pages_ordered_by_name()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var avery = await App.AddClientAsync(coach, "avery.quinn@example.com", "Avery Quinn");
        using var riley = await App.AddClientAsync(coach, "riley.morgan@example.com", "Riley Morgan");

        var first = await coach.Api.ClientsAsync("?page=1&pageSize=2");
        var second = await coach.Api.ClientsAsync("?page=2&pageSize=2");
        var beyond = await coach.Api.ClientsAsync("?page=3&pageSize=2");

        Assert.Equal(["Avery Quinn", "Riley Morgan"], first.Select(c => c.DisplayName));
        Assert.Equal(["Sam Taylor"], second.Select(c => c.DisplayName));
        Assert.Empty(beyond);
    }

    [Theory]
    [InlineData("?page=0", "page")]
    [InlineData("?page=-1", "page")]
    [InlineData("?page=2147483647", "page")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?pageSize=201", "pageSize")]
    public async Task Paging_outside_its_range_names_the_parameter(string query, string field)
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.GetAsync($"/api/clients{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor(field));
    }

    [Fact]
    public async Task A_page_number_that_is_not_a_number_is_a_400()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.GetAsync("/api/clients?page=two");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

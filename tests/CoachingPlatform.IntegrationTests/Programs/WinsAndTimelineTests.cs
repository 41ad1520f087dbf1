using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Clients;
using CoachingPlatform.IntegrationTests.Infrastructure;
using static CoachingPlatform.IntegrationTests.Programs.ProgramsApi;

namespace CoachingPlatform.IntegrationTests.Programs;

[Collection(AppCollection.Name)]
public sealed class WinsAndTimelineTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_timeline_lists_wins_and_completed_steps_newest_first()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);

        using var response = await sam.GetAsync("/api/me/timeline");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var timeline = await response.ReadJsonAsync<List<TimelineItem>>();
        Assert.Equal(
            [("win", "We had a meaningful conversation without raising our voices."), ("step", "Rebuild Communication"), ("step", "Acknowledge the Pain")],
            timeline.Select(i => (i.Kind, i.Text)));
        Assert.DoesNotContain(timeline, i => i.Text.Contains("Sunday evenings", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_finished_program_joins_the_timeline()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        var assignment = await sam.MyAssignmentAsync(RebuildingTrust);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await sam.CompleteRemainingStepsAsync(assignment);

        var timeline = await sam.TimelineAsync();

        Assert.Contains(timeline, i => i.Kind == "program" && i.Text == RebuildingTrust && i.AssignmentId == assignment.Id);
        Assert.Equal(7, timeline.Count(i => i.Kind == "step"));
    }

    [Fact]
    public async Task A_recorded_win_is_on_the_timeline_and_counted_for_the_coach()
    {
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        using var coach = await App.SignInAsync(DemoUser.Coach);
        App.Clock.Advance(TimeSpan.FromMinutes(1));

        using var response = await sam.Api.PostAsJsonAsync("/api/me/wins", new { text = "  I said no without apologising.  " });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.ReadJsonAsync<Created>()).Id;
        Assert.Equal($"/api/me/timeline#{id}", response.Headers.Location?.OriginalString);
        var newest = (await sam.Api.TimelineAsync())[0];
        Assert.Equal(("win", "I said no without apologising.", App.Clock.UtcNow()), (newest.Kind, newest.Text, newest.At));
        var client = await coach.ClientAsync(sam.Id);
        Assert.Equal((2, App.Clock.UtcNow()), (client.Wins, client.LastActivityAt));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_win_is_refused(string text)
    {
        using var sam = await App.SignInAsync(DemoUser.Client);

        using var response = await sam.PostAsJsonAsync("/api/me/wins", new { text });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("text"));
        Assert.Single(await sam.TimelineAsync(), i => i.Kind == "win");
    }

    [Fact]
    public async Task A_win_over_500_characters_or_without_a_body_is_refused()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);

        using var tooLong = await sam.PostAsJsonAsync("/api/me/wins", new { text = new string('w', 501) });
        using var noBody = await sam.PostAsync("/api/me/wins", EmptyJson.Body());

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.NotEmpty((await tooLong.ReadProblemAsync()).ErrorsFor("text"));
        Assert.Equal(HttpStatusCode.BadRequest, noBody.StatusCode);
        Assert.NotEmpty((await noBody.ReadProblemAsync()).ErrorsFor("text"));
    }

    [Fact]
    public async Task The_coach_sees_the_clients_wins_and_the_steps_of_their_own_programs_only()
    {
        using var secondCoach = await App.AddCoachAsync("jordan.lee@example.com", "Jordan Lee");
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        await App.LinkExistingClientAsync(secondCoach, DemoUser.Client.Email, "Sam Taylor");
        var theirs = await secondCoach.Api.AssignAsync(sam.Id, await secondCoach.Api.ProgramIdAsync(TrustInYourself));
        var first = (await sam.Api.MyAssignmentAsync(TrustInYourself)).Steps.Single(s => s.Order == 1);
        await sam.Api.CompleteStepAsync(theirs, first.Id, new { reflection = "Private to me.", shareWithCoach = false });
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.GetAsync($"/api/clients/{sam.Id}/timeline");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var timeline = await response.ReadJsonAsync<List<TimelineItem>>();
        Assert.Equal(["Acknowledge the Pain", "Rebuild Communication"], timeline.Where(i => i.Kind == "step").Select(i => i.Text).Order());
        Assert.Single(timeline, i => i.Kind == "win");
        Assert.Contains(await secondCoach.Api.TimelineAsync($"/api/clients/{sam.Id}/timeline"), i => i.Text == "The Role of Forgiveness");
        Assert.DoesNotContain(timeline, i => i.Text.Contains("Private to me.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_coachs_client_timeline_is_not_found()
    {
        using var secondCoach = await App.AddCoachAsync("jordan.lee@example.com", "Jordan Lee");
        using var riley = await App.AddClientAsync(secondCoach, "riley.morgan@example.com", "Riley Morgan");
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.GetAsync($"/api/clients/{riley.Id}/timeline");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

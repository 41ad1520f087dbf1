using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Clients;
using CoachingPlatform.IntegrationTests.Infrastructure;
using static CoachingPlatform.IntegrationTests.Programs.ProgramsApi;

namespace CoachingPlatform.IntegrationTests.Programs;

[Collection(AppCollection.Name)]
public sealed class PracticeTests(AppFixture app) : IntegrationTest(app)
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
        await secondCoach.Api.InviteAsync(DemoUser.Client.Email, "Sam Taylor");
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

    [Fact]
    public async Task The_gratitude_practice_shows_the_streak_and_recent_days()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        var today = DateOnly.FromDateTime(App.Clock.UtcNow());

        using var response = await sam.GetAsync("/api/me/gratitude");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var gratitude = await response.ReadJsonAsync<Gratitude>();
        Assert.Equal((2, today), (gratitude.Streak, gratitude.Today));
        Assert.Equal([today.AddDays(-1), today.AddDays(-2)], gratitude.Entries.Select(e => e.Day));
        Assert.Equal(["Sleeping well", "A kind word from a colleague", "Finishing a good book"], gratitude.Entries[0].Items);
    }

    [Fact]
    public async Task Three_lines_today_extend_the_streak()
    {
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await sam.Api.PutAsJsonAsync("/api/me/gratitude/today", new { items = new[] { " Morning light ", "A patient friend", "Tea" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var gratitude = await response.ReadJsonAsync<Gratitude>();
        Assert.Equal(3, gratitude.Streak);
        Assert.Equal(["Morning light", "A patient friend", "Tea"], gratitude.Entries[0].Items);
        Assert.Equal(gratitude.Today, gratitude.Entries[0].Day);
        Assert.Equal(3, (await coach.ClientAsync(sam.Id)).GratitudeStreak);
    }

    [Fact]
    public async Task Writing_again_the_same_day_replaces_that_days_lines()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        using var first = await sam.PutAsJsonAsync("/api/me/gratitude/today", new { items = new[] { "One", "Two", "Three" } });
        first.EnsureSuccessStatusCode();
        App.Clock.Advance(TimeSpan.FromMinutes(5));

        using var response = await sam.PutAsJsonAsync("/api/me/gratitude/today", new { items = new[] { "Four", "Five", "Six" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var gratitude = await response.ReadJsonAsync<Gratitude>();
        Assert.Equal((3, 3), (gratitude.Streak, gratitude.Entries.Count));
        Assert.Equal(["Four", "Five", "Six"], gratitude.Entries.Single(e => e.Day == gratitude.Today).Items);
    }

    [Fact]
    public async Task A_day_without_gratitude_breaks_the_streak()
    {
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        App.Clock.Advance(TimeSpan.FromDays(2));
        using var later = await App.SignInAgainAsync(sam);

        var gratitude = await later.Api.GetFromJsonAsync<Gratitude>("/api/me/gratitude");

        Assert.Equal(0, gratitude!.Streak);
    }

    [Fact]
    public async Task Today_is_the_clients_own_day_in_their_time_zone()
    {
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        var eightPmUtc = App.Clock.AdvanceToNext(new TimeOnly(20, 0));
        using var evening = await App.SignInAgainAsync(sam);
        using var saved = await evening.Api.PutAsJsonAsync("/api/me/preferences", new { timeZone = "Asia/Tokyo", quietHoursStart = "21:00:00", quietHoursEnd = "08:00:00", weeklyReminderBudget = 2 });
        saved.EnsureSuccessStatusCode();

        var gratitude = await evening.Api.GetFromJsonAsync<Gratitude>("/api/me/gratitude");

        Assert.Equal(DateOnly.FromDateTime(eightPmUtc).AddDays(1), gratitude!.Today);
    }

    [Theory]
    [InlineData("Only|two")]
    [InlineData("One|two|three|four")]
    [InlineData("")]
    public async Task Gratitude_takes_exactly_three_lines(string lines)
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        var items = lines.Split('|', StringSplitOptions.RemoveEmptyEntries);

        using var response = await sam.PutAsJsonAsync("/api/me/gratitude/today", new { items });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("items"));
        Assert.Equal(2, (await sam.GetFromJsonAsync<Gratitude>("/api/me/gratitude"))!.Entries.Count);
    }

    [Fact]
    public async Task A_blank_gratitude_line_is_named()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);

        using var response = await sam.PutAsJsonAsync("/api/me/gratitude/today", new { items = new[] { "One", " ", "Three" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("items[1]"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("""{ "items": null }""")]
    public async Task Gratitude_without_items_names_the_items(string body)
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await sam.PutAsync("/api/me/gratitude/today", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("items"));
    }

    [Fact]
    public async Task Reminder_preferences_start_from_gentle_defaults()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);

        using var response = await sam.GetAsync("/api/me/preferences");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new Preferences("UTC", new TimeOnly(21, 0), new TimeOnly(8, 0), 2), await response.ReadJsonAsync<Preferences>());
    }

    [Fact]
    public async Task A_client_changes_their_reminder_preferences()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        var wanted = new Preferences("Europe/Paris", new TimeOnly(22, 30), new TimeOnly(7, 0), 0);

        using var response = await sam.PutAsJsonAsync("/api/me/preferences", wanted);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(wanted, await response.ReadJsonAsync<Preferences>());
        Assert.Equal(wanted, await sam.GetFromJsonAsync<Preferences>("/api/me/preferences"));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons", 2, "timeZone")]
    [InlineData("", 2, "timeZone")]
    [InlineData("UTC", 15, "weeklyReminderBudget")]
    [InlineData("UTC", -1, "weeklyReminderBudget")]
    public async Task Preferences_out_of_range_name_the_field(string timeZone, int weeklyReminderBudget, string field)
    {
        using var sam = await App.SignInAsync(DemoUser.Client);

        using var response = await sam.PutAsJsonAsync("/api/me/preferences", new { timeZone, quietHoursStart = "21:00:00", quietHoursEnd = "08:00:00", weeklyReminderBudget });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal([field], problem.Errors!.Keys);
        Assert.Equal("UTC", (await sam.GetFromJsonAsync<Preferences>("/api/me/preferences"))!.TimeZone);
    }

    [Fact]
    public async Task Preferences_without_a_body_name_every_field()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);

        using var response = await sam.PutAsync("/api/me/preferences", EmptyJson.Body());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["quietHoursEnd", "quietHoursStart", "timeZone", "weeklyReminderBudget"],
            (await response.ReadProblemAsync()).Errors!.Keys.Order(StringComparer.Ordinal));
    }

    private sealed record Gratitude(int Streak, DateOnly Today, IReadOnlyList<GratitudeDay> Entries);

    private sealed record GratitudeDay(DateOnly Day, IReadOnlyList<string> Items);

    private sealed record Preferences(string TimeZone, TimeOnly QuietHoursStart, TimeOnly QuietHoursEnd, int WeeklyReminderBudget);
}

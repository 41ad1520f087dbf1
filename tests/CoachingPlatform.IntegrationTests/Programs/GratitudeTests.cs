using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Clients;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Programs;

[Collection(AppCollection.Name)]
public sealed class GratitudeTests(AppFixture app) : IntegrationTest(app)
{
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

    [Fact]
    public async Task The_coach_counts_the_streak_by_the_clients_own_day()
    {
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        App.Clock.AdvanceToNext(new TimeOnly(20, 0));
        using var evening = await App.SignInAgainAsync(sam);
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var saved = await evening.Api.PutAsJsonAsync("/api/me/preferences", new { timeZone = "Asia/Tokyo", quietHoursStart = "21:00:00", quietHoursEnd = "08:00:00", weeklyReminderBudget = 2 });
        saved.EnsureSuccessStatusCode();

        // It is already tomorrow in Tokyo: the lines count for that day, which UTC has not reached yet.
        using var response = await evening.Api.PutAsJsonAsync("/api/me/gratitude/today", new { items = new[] { "Dawn", "Quiet", "Tea" } });

        var gratitude = await response.ReadJsonAsync<Gratitude>();
        Assert.Equal(1, gratitude.Streak);
        Assert.Equal(gratitude.Streak, (await coach.ClientAsync(sam.Id)).GratitudeStreak);
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

    private sealed record Gratitude(int Streak, DateOnly Today, IReadOnlyList<GratitudeDay> Entries);

    private sealed record GratitudeDay(DateOnly Day, IReadOnlyList<string> Items);
}

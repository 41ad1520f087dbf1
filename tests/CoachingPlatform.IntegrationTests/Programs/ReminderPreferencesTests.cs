using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Programs;

[Collection(AppCollection.Name)]
public sealed class ReminderPreferencesTests(AppFixture app) : IntegrationTest(app)
{
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

    private sealed record Preferences(string TimeZone, TimeOnly QuietHoursStart, TimeOnly QuietHoursEnd, int WeeklyReminderBudget);
}

using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Infrastructure.Mail;
using CoachingPlatform.Programs;
using CoachingPlatform.Programs.Features.Reminders;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static CoachingPlatform.IntegrationTests.Programs.ProgramsApi;

namespace CoachingPlatform.IntegrationTests.Programs;

/// <summary>
/// The hourly reminder job, run through its request on the test clock, from noon UTC: outside the default
/// quiet hours (21:00 to 08:00 in the client's zone). The demo client may be reminded too; only Riley counts.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ReminderTests(AppFixture app) : IntegrationTest(app)
{
    private const string Riley = "riley.morgan@example.com";

    private TimeSpan ReminderAfter => TimeSpan.FromDays(App.Services.GetRequiredService<IOptions<ProgramsOptions>>().Value.ReminderAfterDays);

    [Fact]
    public async Task A_step_waiting_the_set_number_of_days_without_activity_earns_one_reminder()
    {
        using var riley = await RileyAtNoonAsync();
        var (assignment, first) = await AssignAsync(riley, TrustInYourself);
        App.Clock.Advance(ReminderAfter - TimeSpan.FromMinutes(1));
        await RunRemindersAsync();
        var tooEarly = Nudges();
        App.Clock.Advance(TimeSpan.FromMinutes(1));

        await RunRemindersAsync();

        Assert.Empty(tooEarly);
        var nudge = Assert.Single(Nudges());
        Assert.Equal("A gentle nudge: The Role of Forgiveness", nudge.Subject);
        Assert.Contains("Step 1 of \"Rebuilding Trust in Yourself\"", nudge.Text, StringComparison.Ordinal);
        var stepPage = $"/client/assignments/{assignment}/steps/{first}";
        Assert.Equal(new Uri(App.BaseAddress, stepPage), nudge.LinkTo(stepPage));
    }

    [Fact]
    public async Task A_step_is_reminded_only_once()
    {
        using var riley = await RileyAtNoonAsync();
        await AssignAsync(riley, TrustInYourself);
        App.Clock.Advance(ReminderAfter);
        await RunRemindersAsync();

        await RunRemindersAsync();
        App.Clock.Advance(TimeSpan.FromDays(8));
        await RunRemindersAsync();

        Assert.Single(Nudges());
    }

    [Fact]
    public async Task Activity_puts_the_reminder_off()
    {
        using var riley = await RileyAtNoonAsync();
        await AssignAsync(riley, TrustInYourself);
        App.Clock.Advance(TimeSpan.FromDays(1));
        using var nextDay = await App.SignInAgainAsync(riley);
        using var win = await nextDay.Api.PostAsJsonAsync("/api/me/wins", new { text = "I kept my word today." });
        win.EnsureSuccessStatusCode();
        App.Clock.Advance(ReminderAfter - TimeSpan.FromDays(1));
        await RunRemindersAsync();
        var sinceAssigned = Nudges();
        App.Clock.Advance(TimeSpan.FromDays(1));

        await RunRemindersAsync();

        Assert.Empty(sinceAssigned);
        Assert.Single(Nudges());
    }

    [Fact]
    public async Task A_step_is_reminded_once_it_has_been_open_long_enough_after_unlocking()
    {
        using var riley = await RileyAtNoonAsync();
        var (assignment, first) = await AssignAsync(riley, TrustInYourself, paceDays: 7);
        await riley.Api.CompleteStepAsync(assignment, first);
        App.Clock.Advance(TimeSpan.FromDays(7) + ReminderAfter - TimeSpan.FromMinutes(1));
        await RunRemindersAsync();
        var beforeItWaited = Nudges();
        App.Clock.Advance(TimeSpan.FromMinutes(1));

        await RunRemindersAsync();

        Assert.Empty(beforeItWaited);
        Assert.Equal("A gentle nudge: Reflect on Lessons Learned", Assert.Single(Nudges()).Subject);
    }

    [Fact]
    public async Task No_reminder_goes_out_in_the_clients_quiet_hours()
    {
        using var riley = await RileyAtNoonAsync();
        await SetPreferencesAsync(riley, "Asia/Tokyo", weeklyBudget: 2);
        await AssignAsync(riley, TrustInYourself);
        App.Clock.Advance(ReminderAfter);
        await RunRemindersAsync();
        var atNinePmInTokyo = Nudges();
        App.Clock.AdvanceToNext(new TimeOnly(23, 0));

        await RunRemindersAsync();

        Assert.Empty(atNinePmInTokyo);
        Assert.Single(Nudges());
    }

    [Fact]
    public async Task No_reminder_goes_out_beyond_the_weekly_budget()
    {
        using var riley = await RileyAtNoonAsync();
        await SetPreferencesAsync(riley, "UTC", weeklyBudget: 1);
        await AssignAsync(riley, TrustInYourself);
        await AssignAsync(riley, RebuildingTrust);
        App.Clock.Advance(ReminderAfter);
        await RunRemindersAsync();
        var firstRun = Nudges();
        App.Clock.Advance(TimeSpan.FromDays(1));
        await RunRemindersAsync();
        var sameWeek = Nudges();
        App.Clock.Advance(TimeSpan.FromDays(6));

        await RunRemindersAsync();

        Assert.Single(firstRun);
        Assert.Single(sameWeek);
        Assert.Equal(2, Nudges().Count);
        Assert.Equal(2, Nudges().Select(m => m.Subject).Distinct().Count());
    }

    [Fact]
    public async Task No_reminder_goes_out_when_the_budget_is_zero()
    {
        using var riley = await RileyAtNoonAsync();
        await SetPreferencesAsync(riley, "UTC", weeklyBudget: 0);
        await AssignAsync(riley, TrustInYourself);
        App.Clock.Advance(ReminderAfter);

        await RunRemindersAsync();
        App.Clock.Advance(TimeSpan.FromDays(8));
        await RunRemindersAsync();

        Assert.Empty(Nudges());
    }

    [Fact]
    public async Task A_finished_program_earns_no_reminder()
    {
        using var riley = await RileyAtNoonAsync();
        await AssignAsync(riley, TrustInYourself);
        await riley.Api.CompleteRemainingStepsAsync(await riley.Api.MyAssignmentAsync(TrustInYourself));
        App.Clock.Advance(ReminderAfter);

        await RunRemindersAsync();

        Assert.Empty(Nudges());
    }

    /// <summary>Noon UTC: Riley, a new client of the demo coach, has just accepted the invitation.</summary>
    private async Task<Person> RileyAtNoonAsync()
    {
        App.Clock.AdvanceToNext(new TimeOnly(12, 0));
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        return await App.AddClientAsync(coach, Riley, "Riley Morgan");
    }

    private async Task<(Guid Assignment, Guid FirstStep)> AssignAsync(Person riley, string program, int? paceDays = null)
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var assignment = await coach.AssignAsync(riley.Id, await coach.ProgramIdAsync(program), paceDays);
        var first = (await riley.Api.MyAssignmentAsync(program)).Steps.Single(s => s.Order == 1).Id;
        return (assignment, first);
    }

    private async Task SetPreferencesAsync(Person client, string timeZone, int weeklyBudget)
    {
        using var response = await client.Api.PutAsJsonAsync("/api/me/preferences", new
        {
            timeZone,
            quietHoursStart = "21:00:00",
            quietHoursEnd = "08:00:00",
            weeklyReminderBudget = weeklyBudget,
        });
        response.EnsureSuccessStatusCode();
    }

    private async Task RunRemindersAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SendStepReminders());
        await App.Outbox.WaitUntilHandledAsync();
    }

    private IReadOnlyList<ReceivedMail> Nudges() =>
        App.Mail.To(Riley).Where(m => m.Subject.StartsWith("A gentle nudge", StringComparison.Ordinal)).ToList();
}

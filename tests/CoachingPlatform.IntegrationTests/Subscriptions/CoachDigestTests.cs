using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Assessments;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Programs;
using CoachingPlatform.Subscriptions.Features.CoachDigests;
using CoachingPlatform.Subscriptions.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Subscriptions;

[Collection(AppCollection.Name)]
public sealed class CoachDigestTests(AppFixture app) : IntegrationTest(app)
{
    private const string Subject = "Your clients this week";

    public sealed record Setting(bool Enabled);

    [Fact]
    public async Task A_coach_gets_one_weekly_digest_with_each_clients_steps_wins_streak_support_requests_and_wheel_change()
    {
        using var coach = await App.AddCoachAsync("morgan.hale@example.com", "Morgan Hale");
        using var busy = await ClientWithProgramAsync(coach, "jo.park@example.com", "Jo Park");
        using var quiet = await App.AddClientAsync(coach, "lee.quiet@example.com", "Lee Quiet");
        var assignment = await busy.Api.MyAssignmentAsync(ProgramsApi.RebuildingTrust);
        await busy.Api.CompleteStepAsync(assignment.Id, assignment.Steps[0].Id);
        (await busy.Api.PostAsJsonAsync("/api/me/wins", new { text = "I asked for what I needed." })).EnsureSuccessStatusCode();
        (await busy.Api.PutAsJsonAsync("/api/me/gratitude/today", new { items = new[] { "Rain", "Soup", "A call" } })).EnsureSuccessStatusCode();
        await busy.Api.RaiseSupportAsync(new { assignmentId = assignment.Id, message = "Can we talk?" });
        await busy.Api.TakeWheelAsync(WheelApi.Scores(5));
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await busy.Api.TakeWheelAsync(WheelApi.Scores(5, ("health", 8)));
        await App.Outbox.WaitUntilHandledAsync();
        App.Mail.Clear();

        await RunAsync();
        Assert.Equal(0, await RunAsync());

        var digest = Assert.Single(App.Mail.To(coach.Email), m => m.Subject.StartsWith(Subject, StringComparison.Ordinal));
        Assert.Contains("Jo Park", digest.Text, StringComparison.Ordinal);
        Assert.Contains($"Steps completed: 1 ({ProgramsApi.RebuildingTrust}, step 1:", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Wins recorded: 1", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Gratitude streak: 1 day", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Support requests: 1 new, 1 open", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Wheel of Life: average 5.0 → 5.4 (Health 5 → 8)", digest.Text, StringComparison.Ordinal);
        Assert.Contains("A quiet week for Lee Quiet.", digest.Text, StringComparison.Ordinal);
        Assert.Contains($"/coach/clients/{busy.Id}", digest.Html, StringComparison.Ordinal);
        Assert.Contains("/account", digest.Text, StringComparison.Ordinal);
        Assert.Equal(1, await LedgerRowsAsync(coach.Id));
    }

    [Fact]
    public async Task A_quiet_week_sends_nothing_and_another_coachs_clients_are_not_in_the_digest()
    {
        using var coach = await App.AddCoachAsync("morgan.hale@example.com", "Morgan Hale");
        using var other = await App.AddCoachAsync("pat.other@example.com", "Pat Other");
        using var client = await ClientWithProgramAsync(other, "jo.park@example.com", "Jo Park");
        using var quiet = await App.AddClientAsync(coach, "lee.quiet@example.com", "Lee Quiet");
        (await client.Api.PostAsJsonAsync("/api/me/wins", new { text = "A good week." })).EnsureSuccessStatusCode();
        await App.Outbox.WaitUntilHandledAsync();
        App.Mail.Clear();

        await RunAsync();

        Assert.DoesNotContain(App.Mail.To(coach.Email), m => m.Subject.StartsWith(Subject, StringComparison.Ordinal));
        Assert.Contains("Jo Park", App.Mail.To(other.Email).Single(m => m.Subject.StartsWith(Subject, StringComparison.Ordinal)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_runs_started_at_the_same_moment_mail_the_coach_once()
    {
        using var coach = await App.AddCoachAsync("morgan.hale@example.com", "Morgan Hale");
        using var client = await App.AddClientAsync(coach, "jo.park@example.com", "Jo Park");
        (await client.Api.PostAsJsonAsync("/api/me/wins", new { text = "A good week." })).EnsureSuccessStatusCode();
        await App.Outbox.WaitUntilHandledAsync();
        App.Mail.Clear();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(SendAsync)));
        await App.Outbox.WaitUntilHandledAsync();

        Assert.Single(App.Mail.To(coach.Email), m => m.Subject.StartsWith(Subject, StringComparison.Ordinal));
        Assert.Equal(1, await LedgerRowsAsync(coach.Id));
    }

    [Fact]
    public async Task A_coach_who_switched_it_off_gets_no_digest_until_they_switch_it_on()
    {
        using var coach = await App.AddCoachAsync("morgan.hale@example.com", "Morgan Hale");
        using var client = await App.AddClientAsync(coach, "jo.park@example.com", "Jo Park");
        (await client.Api.PostAsJsonAsync("/api/me/wins", new { text = "A good week." })).EnsureSuccessStatusCode();
        await App.Outbox.WaitUntilHandledAsync();
        Assert.True((await coach.Api.GetFromJsonAsync<Setting>("/api/me/coach-digest"))!.Enabled);

        using var off = await coach.Api.PutAsJsonAsync("/api/me/coach-digest", new { enabled = false });
        Assert.False((await off.ReadJsonAsync<Setting>()).Enabled);
        Assert.False((await coach.Api.GetFromJsonAsync<Setting>("/api/me/coach-digest"))!.Enabled);
        App.Mail.Clear();
        await RunAsync();
        Assert.DoesNotContain(App.Mail.To(coach.Email), m => m.Subject.StartsWith(Subject, StringComparison.Ordinal));

        (await coach.Api.PutAsJsonAsync("/api/me/coach-digest", new { enabled = true })).EnsureSuccessStatusCode();
        await RunAsync();
        Assert.Single(App.Mail.To(coach.Email), m => m.Subject.StartsWith(Subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Switching_without_saying_on_or_off_is_a_400_naming_the_field()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.PutAsJsonAsync("/api/me/coach-digest", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("enabled"));
    }

    [Fact]
    public async Task The_account_page_switches_the_digest_off_without_scripts()
    {
        using var coach = await App.SignInWithCookieAsync(DemoUser.Coach);
        using var saved = await coach.SubmitAsync("/account", new Dictionary<string, string> { ["enabled"] = "false" }, "/account?handler=CoachDigest");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("The weekly digest of your clients is off.", await coach.GetStringAsync(saved.Headers.Location), StringComparison.Ordinal);
        Assert.False((await coach.GetFromJsonAsync<Setting>("/api/me/coach-digest"))!.Enabled);
    }

    /// <summary>A client who accepted the invitation; Clients marks them active when it handles that event.</summary>
    private async Task<Person> ClientWithProgramAsync(Person coach, string email, string name)
    {
        var client = await App.AddClientAsync(coach, email, name);
        await coach.Api.AssignAsync(client.Id, await coach.Api.ProgramIdAsync(ProgramsApi.RebuildingTrust));
        return client;
    }

    private async Task<int> SendAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SendCoachDigests());
    }

    /// <summary>One run as Hangfire runs it; waits until the mails it queued are sent.</summary>
    private async Task<int> RunAsync()
    {
        var queued = await SendAsync();
        await App.Outbox.WaitUntilHandledAsync();
        return queued;
    }

    private async Task<int> LedgerRowsAsync(Guid coachId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SubscriptionsDbContext>();
        var prefix = $"coach-digest:{coachId}:";
        return await db.Mail.CountAsync(m => m.Key.StartsWith(prefix));
    }
}

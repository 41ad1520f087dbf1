using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingPlatform.IntegrationTests.Community;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.Subscriptions.Jobs;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Subscriptions;

/// <summary>
/// The coaches' weekly progress digest run like the newsletter's: "run now" enqueues the Hangfire job the
/// schedule runs, and each run is listed with the others (recipients, sent, failed, progress, duration).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CoachDigestRunTests(AppFixture app) : IntegrationTest(app)
{
    private const string Subject = "Your clients this week";

    [Fact]
    public async Task Run_now_enqueues_the_coach_digest_job_and_its_run_is_listed_with_recipients_sent_and_failed()
    {
        using var coach = await CoachWithAGoodWeekAsync();
        using var admin = await App.SignInAsync(DemoUser.Admin);

        using var response = await admin.PostAsync("/api/admin/digests/coaches/run", null);
        var jobId = (await response.ReadJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
        await PerformAsync(jobId);
        var run = Assert.Single((await admin.GetFromJsonAsync<JsonElement>("/api/admin/digests")).EnumerateArray());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("coaches", run.GetProperty("kind").GetString());
        Assert.Equal("weekly", run.GetProperty("frequency").GetString());
        Assert.Matches(@"^\d{4}-W\d{2}$", run.GetProperty("period").GetString());
        Assert.True(run.GetProperty("due").GetInt32() >= 1);
        Assert.Equal(run.GetProperty("due").GetInt32(), run.GetProperty("handled").GetInt32());
        Assert.True(run.GetProperty("recipients").GetInt32() >= 1);
        Assert.Equal(run.GetProperty("recipients").GetInt32(), run.GetProperty("sent").GetInt32());
        Assert.Equal(0, run.GetProperty("failed").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, run.GetProperty("finishedAt").ValueKind);
        Assert.Single(App.Mail.To(coach.Email), m => m.Subject.StartsWith(Subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Running_it_twice_in_the_same_week_mails_each_coach_once_and_lists_both_runs()
    {
        using var coach = await CoachWithAGoodWeekAsync();
        using var admin = await App.SignInAsync(DemoUser.Admin);

        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var response = await admin.PostAsync("/api/admin/digests/coaches/run", null);
            await PerformAsync((await response.ReadJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!);
            App.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var runs = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/digests")).EnumerateArray().ToList();

        Assert.Single(App.Mail.To(coach.Email), m => m.Subject.StartsWith(Subject, StringComparison.Ordinal));
        Assert.Equal(2, runs.Count);
        Assert.All(runs, r => Assert.Equal("coaches", r.GetProperty("kind").GetString()));
        Assert.Equal(0, runs[0].GetProperty("due").GetInt32());
        Assert.Equal(0, runs[0].GetProperty("recipients").GetInt32());
        Assert.True(runs[1].GetProperty("recipients").GetInt32() >= 1);
    }

    [Fact]
    public async Task The_admin_page_lists_coach_digest_runs_beside_newsletter_runs_and_runs_it_now()
    {
        await App.SubscribeConfirmedAsync("robin.lane@example.com");
        await App.PublishArticleAsync("Counted edition");
        await App.RunDigestAsync();
        using var coach = await CoachWithAGoodWeekAsync();
        using var admin = await App.SignInWithCookieAsync(DemoUser.Admin);
        using (var response = await App.SignInAsync(DemoUser.Admin))
        {
            using var run = await response.PostAsync("/api/admin/digests/coaches/run", null);
            await PerformAsync((await run.ReadJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!);
        }

        var page = await admin.ReadAsync("/admin/newsletter");
        using var runNow = await admin.SubmitAsync("/admin/newsletter", new Dictionary<string, string> { ["frequency"] = "coaches" }, "/admin/newsletter?handler=Run");
        var after = await admin.ReadAsync(runNow.Headers.Location!.OriginalString);

        Assert.Matches(@"<td data-label=""Edition"">coaches&#x27; weekly \d{4}-W\d{2}</td>", page);
        Assert.Matches(@"<td data-label=""Edition"">weekly \d{4}-W\d{2}</td>", page);
        Assert.Contains("Run the coaches' weekly digest now", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, runNow.StatusCode);
        Assert.Contains("The coaches&#x27; weekly digest run is queued", after, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Coach")]
    [InlineData("Client")]
    public async Task Only_admins_may_run_the_coach_digest(string role)
    {
        using var user = await App.SignInAsync(DemoUser.InRole(role));
        using var anonymous = App.CreateClient();

        using var run = await user.PostAsync("/api/admin/digests/coaches/run", null);
        using var anonymousRun = await anonymous.PostAsync("/api/admin/digests/coaches/run", null);

        Assert.Equal(HttpStatusCode.Forbidden, run.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousRun.StatusCode);
    }

    /// <summary>A new coach whose client recorded a win this week, so the run has something to mail them.</summary>
    private async Task<Person> CoachWithAGoodWeekAsync()
    {
        var coach = await App.AddCoachAsync("morgan.hale@example.com", "Morgan Hale");
        using var client = await App.AddClientAsync(coach, "jo.park@example.com", "Jo Park");
        (await client.Api.PostAsJsonAsync("/api/me/wins", new { text = "A good week." })).EnsureSuccessStatusCode();
        await App.Outbox.WaitUntilHandledAsync();
        App.Mail.Clear();
        return coach;
    }

    /// <summary>
    /// Performs the enqueued Hangfire job as a worker would (the test host runs no Hangfire server): the job is
    /// read back from the storage, so this proves "run now" enqueued the coaches' digest job itself.
    /// </summary>
    private async Task PerformAsync(string jobId)
    {
        var job = App.Services.GetRequiredService<JobStorage>().GetMonitoringApi().JobDetails(jobId).Job;
        Assert.Equal(typeof(CoachDigestJob), job.Type);
        await using var scope = App.Services.CreateAsyncScope();
        var target = scope.ServiceProvider.GetRequiredService(job.Type);
        var arguments = job.Method.GetParameters().Select(p => p.ParameterType == typeof(CancellationToken) ? (object?)CancellationToken.None : null).ToArray();
        await (Task)job.Method.Invoke(target, arguments)!;
        await App.Outbox.WaitUntilHandledAsync();
    }
}

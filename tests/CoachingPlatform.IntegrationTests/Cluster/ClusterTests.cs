using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.IntegrationTests.Delivery;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;
using static CoachingPlatform.IntegrationTests.Programs.ProgramsApi;

namespace CoachingPlatform.IntegrationTests.Cluster;

/// <summary>
/// What a practice gets from several nodes: any node accepts what another issued, and the work of all of
/// them is done once, even when one dies in the middle of it. On PostgreSQL in either pass, so the
/// PostgreSQL pass leaves it out (trait Database=OwnPostgres) rather than run it twice.
/// </summary>
[Trait(TestDatabase.Trait, ClusterFixture.OwnPostgres)]
public sealed class ClusterTests(ClusterFixture cluster, ITestOutputHelper output) : IClassFixture<ClusterFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_cookie_issued_by_one_node_is_accepted_by_the_other()
    {
        var cookies = new CookieContainer();
        using var onA = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies }) { BaseAddress = cluster.A.Address };
        using var signIn = await onA.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = DemoUser.Coach.Email, password = DemoUser.Password });
        using var onB = cluster.B.CreateClient();
        onB.DefaultRequestHeaders.Add("Cookie", cookies.GetCookieHeader(cluster.A.Address));

        using var me = await onB.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Contains(DemoUser.Coach.Email, await me.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_program_finished_on_one_node_mails_the_coach_once()
    {
        using var client = await cluster.A.CreateClient().WithBearerTokenOfAsync(DemoUser.Client.Email, DemoUser.Password);
        var assignment = await client.MyAssignmentAsync(RebuildingTrust);

        await client.CompleteRemainingStepsAsync(assignment);
        var mail = await Eventually.UntilAsync(
            () => Task.FromResult(cluster.Mail.To(DemoUser.Coach.Email).Where(m => m.Subject.EndsWith("completed a program", StringComparison.Ordinal)).ToList()),
            mails => mails.Count > 0, "the coach's mail", Patience);
        await Task.Delay(TimeSpan.FromSeconds(3)); // Long enough for a second delivery (the poll is 0.2 s) to show.

        Assert.Single(mail);
        Assert.Single(cluster.Mail.To(DemoUser.Coach.Email), m => m.Subject.EndsWith("completed a program", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Events_produced_on_both_nodes_are_each_handled_exactly_once()
    {
        using var onA = await cluster.A.CreateClient().WithBearerTokenOfAsync(DemoUser.Client.Email, DemoUser.Password);
        using var onB = await cluster.B.CreateClient().WithBearerTokenOfAsync(DemoUser.Client.Email, DemoUser.Password);

        var raised = (await Task.WhenAll(
            Enumerable.Range(0, 4).Select(i => SupportRequests.RaiseAsync(onA, 63, $"a{i}"))
                .Concat(Enumerable.Range(0, 4).Select(i => SupportRequests.RaiseAsync(onB, 62, $"b{i}"))))).SelectMany(r => r).ToList();
        await Eventually.UntilAsync(() => Task.FromResult(Unmailed(raised).Count), missing => missing == 0, "a mail for each event", Patience);
        await Task.Delay(TimeSpan.FromSeconds(3));

        var (inbox, queued) = await SupportRowsAsync();
        var texts = cluster.Mail.All.Select(m => m.Text).ToList();
        var repeated = raised.Sum(message => texts.Count(t => t.Contains(message, StringComparison.Ordinal)) - 1);
        output.WriteLine($"500 events over two nodes; {repeated} mail(s) sent again by the mail queue (a claim that ran out under load).");
        Assert.Equal(500, raised.Count);
        Assert.All(raised, message => Assert.Single(inbox, row => row.Payload.Contains(message, StringComparison.Ordinal) && row.Handled));
        Assert.All(raised, message => Assert.Single(queued, text => text.Contains(message, StringComparison.Ordinal)));
        Assert.Empty(Unmailed(raised));
    }

    /// <summary>The support consumer's inbox rows (payload, handled) and the support mails queued, on the shared database.</summary>
    private async Task<(List<(string Payload, bool Handled)> Inbox, List<string> Queued)> SupportRowsAsync()
    {
        await using var scope = cluster.Database.Services.CreateAsyncScope();
        var inbox = new List<(string, bool)>();
        var queued = new List<string>();
        foreach (var store in scope.ServiceProvider.GetServices<IMessageStore>())
        {
            inbox.AddRange((await store.Inbox.AsNoTracking().Where(m => m.Consumer.EndsWith("SupportRequestedConsumer"))
                .Select(m => new { m.Payload, m.ProcessedAt }).ToListAsync()).Select(m => (m.Payload, m.ProcessedAt != null)));
            queued.AddRange(await store.Mail.AsNoTracking().Where(m => m.Key.StartsWith("support-requested:")).Select(m => m.Text).ToListAsync());
        }

        return (inbox, queued);
    }

    [Fact]
    public async Task When_a_node_is_killed_during_dispatch_the_other_finishes_the_work_and_nothing_is_lost()
    {
        using var onB = await cluster.B.CreateClient().WithBearerTokenOfAsync(DemoUser.Client.Email, DemoUser.Password);
        var raised = (await Task.WhenAll(Enumerable.Range(0, 4).Select(i => SupportRequests.RaiseAsync(onB, 100, $"kill{i}")))).SelectMany(r => r).ToList();
        await Eventually.UntilAsync(() => Task.FromResult(raised.Count - Unmailed(raised).Count), mailed => mailed >= 40, "the dispatch under way", Patience);

        cluster.A.Kill();
        var mailedAtKill = raised.Count - Unmailed(raised).Count;
        await Eventually.UntilAsync(() => Task.FromResult(Unmailed(raised).Count), missing => missing == 0, "a mail for each event", Patience);
        await cluster.RestartAAsync();

        var texts = cluster.Mail.All.Select(m => m.Text).ToList();
        var repeated = raised.Sum(message => texts.Count(t => t.Contains(message, StringComparison.Ordinal)) - 1);
        Assert.True(mailedAtKill < raised.Count, "the kill came after all the work was done");
        Assert.Empty(Unmailed(raised));

        // The dying node may have handed one mail to the SMTP server without recording it: that one may repeat.
        output.WriteLine($"{raised.Count} events, node A killed after {mailedAtKill} mails; {repeated} mail(s) sent again.");
        Assert.InRange(repeated, 0, 1);
    }

    [Fact]
    public async Task A_digest_run_started_on_both_nodes_at_once_sends_each_subscriber_one_mail()
    {
        var addresses = await SubscribeAsync(40);
        using var adminA = await cluster.A.CreateClient().WithBearerTokenOfAsync(DemoUser.Admin.Email, DemoUser.Password);
        using var adminB = await cluster.B.CreateClient().WithBearerTokenOfAsync(DemoUser.Admin.Email, DemoUser.Password);

        var started = await Task.WhenAll(adminA.PostAsync("/api/admin/digests/weekly/run", null), adminB.PostAsync("/api/admin/digests/weekly/run", null));
        await Eventually.UntilAsync(() => Task.FromResult(Undigested(addresses).Count), missing => missing == 0, "a digest for every subscriber", Patience);
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.All(started, response => Assert.Equal(HttpStatusCode.Accepted, response.StatusCode));
        Assert.All(addresses, address => Assert.Single(cluster.Mail.To(address), m => m.Subject.StartsWith("Your weekly digest", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Recurring_jobs_run_once_per_schedule_across_the_nodes()
    {
        // The minutely deliveries job, scheduled by both nodes' Hangfire servers on the shared storage.
        var wait = cluster.StartedAt + TimeSpan.FromSeconds(135) - DateTime.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        var runs = await DeliveryJobRunsAsync(cluster.StartedAt);
        var boundaries = (int)(Minute(DateTime.UtcNow) - Minute(cluster.StartedAt)).TotalMinutes;

        // One run per minute boundary crossed, plus one whose minute began just before the count did; two
        // nodes each running the schedule would make about twice as many.
        Assert.True(runs.Count >= 2, $"{runs.Count} runs of the minutely job");
        Assert.True(runs.Count <= boundaries + 1, $"{runs.Count} runs of the minutely job over {boundaries} minute boundaries: [{string.Join(", ", runs)}]");
    }

    private static DateTime Minute(DateTime time) => new(time.Year, time.Month, time.Day, time.Hour, time.Minute, 0, DateTimeKind.Utc);

    private async Task<List<DateTime>> DeliveryJobRunsAsync(DateTime since)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT createdat FROM hangfire.job WHERE invocationdata::text LIKE '%DeliveryJob%' AND createdat >= @since ORDER BY createdat";
        query.Parameters.AddWithValue("since", since);
        var runs = new List<DateTime>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            runs.Add(reader.GetDateTime(0));
        }

        return runs;
    }

    private List<string> Unmailed(List<string> messages)
    {
        var texts = cluster.Mail.All.Select(m => m.Text).ToList();
        return messages.Where(message => !texts.Any(t => t.Contains(message, StringComparison.Ordinal))).ToList();
    }

    private List<string> Undigested(List<string> addresses) =>
        addresses.Where(a => !cluster.Mail.To(a).Any(m => m.Subject.StartsWith("Your weekly digest", StringComparison.Ordinal))).ToList();

    /// <summary>Confirmed weekly subscribers and an article to tell them about, written straight to the database.</summary>
    private async Task<List<string>> SubscribeAsync(int count)
    {
        await using var scope = cluster.Database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SubscriptionsDbContext>();
        var now = DateTime.UtcNow.AddMinutes(-5);
        var addresses = Enumerable.Range(1, count).Select(i => $"cluster-reader{i:000}@example.com").ToList();
        foreach (var address in addresses)
        {
            var (subscriber, _) = Subscriber.Subscribe(address, DigestFrequency.Weekly, now);
            subscriber.Confirm(now);
            db.Subscribers.Add(subscriber);
        }

        db.DigestArticles.Add(DigestArticle.From(Guid.CreateVersion7(), "two-nodes", "Two nodes, one digest", "Each reader gets it once.", now));
        await db.SaveChangesAsync();
        Assert.Equal(count, await db.Subscribers.CountAsync(s => addresses.Contains(s.Email)));
        return addresses;
    }
}

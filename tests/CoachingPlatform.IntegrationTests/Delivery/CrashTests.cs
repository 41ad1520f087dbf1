using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Infrastructure.Mail;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;
using static CoachingPlatform.IntegrationTests.Programs.ProgramsApi;

namespace CoachingPlatform.IntegrationTests.Delivery;

/// <summary>
/// The app as a child process, killed with SIGKILL at seeded random moments while clients write and the
/// app dispatches events and sends mail over its parallel connections, then started again over the same
/// database. Every write the app acknowledged must have its effect (one mail to the coach); a mail may
/// repeat only when a kill fell between the mail server's acceptance and the queue's commit, so at most one
/// per connection and kill. Each run queues about 2,000 mails and kills the app while it sends them, so most
/// kills find every connection busy; repeats stay under 1 in 1,000 mails. Every repeat is printed with how
/// far from a kill its first copy arrived.
/// </summary>
[Trait(TestDatabase.Trait, TestDatabase.SqliteOnly)]
public sealed class CrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Runs = 20;
    private const int WritesPerRun = 30;
    private const int BacklogPerRun = 150;

    /// <summary>Mails already queued at each run's start, so that most kills fall while the lanes send.</summary>
    private const int QueuedPerRun = 1_850;
    private const int Seed = 20261130;

    /// <summary>The app's default number of SMTP connections, each with at most one mail in the window.</summary>
    private const int Connections = 4;

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("coaching-crash-");
    private TestMailServer? mail;

    public async Task InitializeAsync() => mail = await TestMailServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (mail is not null)
        {
            await mail.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Killed_at_random_points_the_app_loses_no_acknowledged_write_and_repeats_fewer_than_one_mail_in_a_thousand()
    {
        var random = new Random(Seed);
        var expected = new List<string>();
        var kills = new List<DateTimeOffset>();
        var app = await StartAsync();
        var people = await PeopleAsync(app);
        await using var backlog = new Backlog(folder.FullName, mail!.Port);
        for (var run = 0; run < Runs; run++)
        {
            // A backlog of committed events and queued mails, so that the kill falls while they are dispatched and mailed.
            expected.AddRange(await backlog.AddAsync(people, run, BacklogPerRun, QueuedPerRun));
            using var client = await app.CreateClient().WithBearerTokenOfAsync(DemoUser.Client.Email, DemoUser.Password);
            var writing = WriteAsync(client, people.AssignmentId, run, expected);
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, 1500)));
            kills.Add(TimeProvider.System.GetUtcNow());
            app.Kill();
            await writing;
            await app.DisposeAsync();
            app = await StartAsync();
        }

        await using (app)
        {
            await Eventually.UntilAsync(() => Task.FromResult(Missing(expected).Count), missing => missing == 0, "a mail for every acknowledged write", TimeSpan.FromSeconds(300));
        }

        var mails = mail!.Inbox.All.Where(m => Message(m.Text) is not null).ToList();
        var repeats = Repeats.In(mails, m => Message(m.Text), kills);
        output.WriteLine($"{Runs} kills, {expected.Count} acknowledged writes, {mails.Count} mails, {repeats.Count} repeated ({1000.0 * repeats.Count / mails.Count:F2} per 1,000, {(double)repeats.Count / Runs:F2} per kill).");
        output.WriteLine($"Repeats: {repeats}");
        Assert.Empty(Missing(expected));
        Assert.True(repeats.Count <= Runs * Connections, $"{repeats.Count} mails were repeated by {Runs} kills");
        Assert.True(repeats.Count * 1000 < mails.Count, $"{repeats.Count} of {mails.Count} mails were repeated");
    }

    private static async Task<Backlog.People> PeopleAsync(ChildApp app)
    {
        using var client = await app.CreateClient().WithBearerTokenOfAsync(DemoUser.Client.Email, DemoUser.Password);
        using var coach = await app.CreateClient().WithBearerTokenOfAsync(DemoUser.Coach.Email, DemoUser.Password);
        var assignment = await client.MyAssignmentAsync(RebuildingTrust);
        return new Backlog.People((await client.GetFromJsonAsync<Me>("/api/me"))!.Id, (await coach.GetFromJsonAsync<Me>("/api/me"))!.Id, assignment.Id);
    }

    /// <summary>
    /// A short lease, so that the claims of a killed process pass to the next one soon; not so short that a
    /// process starved of CPU on a busy machine outlives its claim in the middle of a send (a lane sends only
    /// while half the lease is left), which would repeat mails without any kill.
    /// </summary>
    private Task<ChildApp> StartAsync() =>
        ChildApp.StartAsync(folder.FullName, mail!.Port, ("Delivery:LeaseSeconds", "10"), ("Delivery:PollSeconds", "0.2"), ("Delivery:RetryDelaySeconds", "0.2"));

    private sealed record Me(Guid Id);

    /// <summary>Support requests four at a time until the app dies; the ones answered 201 are acknowledged.</summary>
    private static async Task WriteAsync(HttpClient client, Guid assignment, int run, List<string> acknowledged)
    {
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) <= WritesPerRun)
            {
                var message = Tag(run, i, "http");
                try
                {
                    using var response = await client.PostAsJsonAsync("/api/me/support-requests", new { assignmentId = assignment, message });
                    if (response.IsSuccessStatusCode)
                    {
                        lock (acknowledged)
                        {
                            acknowledged.Add(message);
                        }
                    }
                }
                catch (HttpRequestException)
                {
                    return; // The app was killed under this request: it was never acknowledged.
                }
            }
        }));
    }

    internal static string Tag(int run, int i, string source) => $"[crash {run:00}-{source}-{i:000}]";

    private List<string> Missing(List<string> acknowledged)
    {
        var mailed = mail!.Inbox.All.Select(m => Message(m.Text)).ToHashSet();
        return acknowledged.Where(m => !mailed.Contains(m)).ToList();
    }

    private static string? Message(string text)
    {
        var start = text.IndexOf("[crash ", StringComparison.Ordinal);
        return start < 0 ? null : text[start..(text.IndexOf(']', start) + 1)];
    }
}

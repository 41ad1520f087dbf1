using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Infrastructure.Mail;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;
using static CoachingPlatform.IntegrationTests.Programs.ProgramsApi;

namespace CoachingPlatform.IntegrationTests.Delivery;

/// <summary>
/// The app as a child process, killed with SIGKILL at seeded random moments while clients write and the
/// app dispatches events and sends mail, then started again over the same database. Every write the app
/// acknowledged must have its effect (one mail to the coach); a mail may repeat only when the kill fell
/// between the mail server's acceptance and the queue's commit, so at most one per kill. The rate of
/// repeats is printed: it depends on how often the process is killed and on the machine's load.
/// </summary>
[Trait(TestDatabase.Trait, TestDatabase.SqliteOnly)]
public sealed class CrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Runs = 20;
    private const int WritesPerRun = 30;
    private const int BacklogPerRun = 150;
    private const int Seed = 20261130;

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
    public async Task Killed_at_random_points_the_app_loses_no_acknowledged_write_and_repeats_almost_no_mail()
    {
        var random = new Random(Seed);
        var expected = new List<string>();
        var app = await StartAsync();
        var people = await PeopleAsync(app);
        await using var backlog = new Backlog(folder.FullName, mail!.Port);
        for (var run = 0; run < Runs; run++)
        {
            // A backlog of committed events, so that the kill falls while they are dispatched and mailed.
            expected.AddRange(await backlog.AddAsync(people, run, BacklogPerRun));
            using var client = await app.CreateClient().WithBearerTokenOfAsync(DemoUser.Client.Email, DemoUser.Password);
            var writing = WriteAsync(client, people.AssignmentId, run, expected);
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, 1500)));
            app.Kill();
            await writing;
            await app.DisposeAsync();
            app = await StartAsync();
        }

        await using (app)
        {
            await Eventually.UntilAsync(() => Task.FromResult(Missing(expected).Count), missing => missing == 0, "a mail for every acknowledged write", TimeSpan.FromSeconds(300));
        }

        var mails = mail!.Inbox.All.Select(m => Message(m.Text)).Where(m => m is not null).ToList();
        var repeated = mails.GroupBy(m => m).Sum(g => g.Count() - 1);
        output.WriteLine($"{Runs} kills, {expected.Count} acknowledged writes, {mails.Count} mails, {repeated} repeated.");
        Assert.Empty(Missing(expected));

        // The dispatcher holds one mail at a time between the server's acceptance and its commit, so a kill
        // can repeat at most that one.
        Assert.True(repeated <= Runs, $"{repeated} mails were repeated by {Runs} kills");
    }

    private static async Task<Backlog.People> PeopleAsync(ChildApp app)
    {
        using var client = await app.CreateClient().WithBearerTokenOfAsync(DemoUser.Client.Email, DemoUser.Password);
        using var coach = await app.CreateClient().WithBearerTokenOfAsync(DemoUser.Coach.Email, DemoUser.Password);
        var assignment = await client.MyAssignmentAsync(RebuildingTrust);
        return new Backlog.People((await client.GetFromJsonAsync<Me>("/api/me"))!.Id, (await coach.GetFromJsonAsync<Me>("/api/me"))!.Id, assignment.Id);
    }

    private Task<ChildApp> StartAsync() =>
        ChildApp.StartAsync(folder.FullName, mail!.Port, ("Delivery:LeaseSeconds", "2"), ("Delivery:PollSeconds", "0.2"), ("Delivery:RetryDelaySeconds", "0.2"));

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

using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.Programs.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachingPlatform.IntegrationTests.Delivery;

/// <summary>
/// Commits support-request events straight into an outbox of a database another process serves, and mails
/// straight into a mail queue, through an in-memory host of the app that delivers nothing itself: events
/// the app committed but had not yet dispatched, and mails it had queued but not yet sent, when it died.
/// </summary>
public sealed class Backlog(string folder, int mailPort) : IAsyncDisposable
{
    private readonly CoachingAppFactory host = new(
        new Dictionary<string, string?>(TestSettings.For(folder, new Uri("http://localhost"), "127.0.0.1", mailPort))
        {
            ["ConnectionStrings:Coaching"] = $"Data Source={Path.Combine(folder, "coaching.db")}",
            ["Messaging:DispatchInBackground"] = "false",
        },
        new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddSeconds(-1)));

    public sealed record People(Guid ClientId, Guid CoachId, Guid AssignmentId);

    /// <summary>Both backlogs in one transaction; answers the tags of the mails they must end in, one each.</summary>
    public async Task<List<string>> AddAsync(People people, int run, int events, int mails)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetServices<IMessageStore>().First();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(-1);
        var messages = Enumerable.Range(1, events).Select(i => CrashTests.Tag(run, i, "backlog")).ToList();
        foreach (var message in messages)
        {
            var raised = new SupportRequested(Guid.CreateVersion7(), people.ClientId, people.CoachId, people.AssignmentId, null, message, now);
            store.Outbox.Add(OutboxMessage.From(raised, now));
        }

        var queued = Enumerable.Range(1, mails).Select(i => CrashTests.Tag(run, i, "queued")).ToList();
        foreach (var tag in queued)
        {
            store.Mail.Add(OutgoingMail.Create($"crash:{tag}", new EmailMessage("coach@example.com", "A queued mail", $"<p>{tag}</p>", tag), now));
        }

        await store.Context.SaveChangesAsync();
        return [.. messages, .. queued];
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();
}

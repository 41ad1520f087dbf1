using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.Programs.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachingPlatform.IntegrationTests.Delivery;

/// <summary>
/// Commits support-request events straight into an outbox of a database another process serves, through
/// an in-memory host of the app that delivers nothing itself: events the app committed but had not yet
/// dispatched when it died.
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

    public async Task<List<string>> AddAsync(People people, int run, int count)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetServices<IMessageStore>().First();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(-1);
        var messages = Enumerable.Range(1, count).Select(i => CrashTests.Tag(run, i, "backlog")).ToList();
        foreach (var message in messages)
        {
            var raised = new SupportRequested(Guid.CreateVersion7(), people.ClientId, people.CoachId, people.AssignmentId, null, message, now);
            store.Outbox.Add(OutboxMessage.From(raised, now));
        }

        await store.Context.SaveChangesAsync();
        return messages;
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();
}

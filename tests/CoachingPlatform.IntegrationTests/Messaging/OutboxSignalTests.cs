using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.Programs.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Messaging;

/// <summary>
/// When the dispatcher is woken after a save that wrote events. Checked on a host that does not dispatch in
/// the background, so that nothing else takes the signal. The event has no consumer, so publishing it later
/// (the fixture's host polls the same outbox) changes nothing.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class OutboxSignalTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Events_saved_inside_a_transaction_wake_the_dispatcher_when_it_commits_not_before()
    {
        await using var host = App.CreateFactory(new Dictionary<string, string?> { ["Messaging:DispatchInBackground"] = "false" });
        var signal = host.Services.GetRequiredService<DeliverySignals>().Events;
        await using var scope = host.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetServices<IMessageStore>().First();
        var now = App.Clock.UtcNow();
        await using var transaction = await store.Context.Database.BeginTransactionAsync();
        store.Outbox.Add(OutboxMessage.From(new StepCompleted(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1, "A step", now), now));
        await store.Context.SaveChangesAsync();

        var wokenBeforeTheCommit = await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None);
        await transaction.CommitAsync();
        var wokenByTheCommit = await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None);

        Assert.False(wokenBeforeTheCommit, "the dispatcher was woken before it could see the events");
        Assert.True(wokenByTheCommit, "the commit did not wake the dispatcher");
    }
}

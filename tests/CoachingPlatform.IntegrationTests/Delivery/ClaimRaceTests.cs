using System.Collections.Concurrent;
using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Delivery;

/// <summary>
/// Workers that claim from one queue at the same moment: each row goes to one worker, and a worker hears
/// "nothing due" only when nothing is, so a lost race does not idle a mail lane while a backlog waits. And a
/// backlog larger than one drain takes goes out without waiting for the next poll.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ClaimRaceTests(AppFixture app) : IntegrationTest(app)
{
    private static readonly (string, string?) ManualDelivery = ("Messaging:DispatchInBackground", "false");

    [Fact]
    public async Task Workers_claiming_at_once_each_get_their_own_rows_and_hear_nothing_is_due_only_when_it_is_so()
    {
        await using var isolated = new IsolatedHost();
        var host = isolated.Start(App, configure: null, ManualDelivery);
        await QueuedMail.AddAsync(host.Services, App.Clock, "claim-race", 400);
        var options = new DeliveryOptions { BatchSize = 5 };
        var claimed = new ConcurrentBag<Guid>();
        var dueWhenToldNothing = new ConcurrentBag<int>();

        async Task WorkAsync(int worker)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var store = scope.ServiceProvider.GetServices<IMessageStore>().First();
            while (true)
            {
                var now = App.Clock.GetUtcNow().UtcDateTime;
                var rows = await store.Mail.ClaimAsync($"worker-{worker}", now, options, inWrittenOrder: false, CancellationToken.None);
                if (rows.Count == 0)
                {
                    dueWhenToldNothing.Add(await store.Mail.CountAsync(m => m.ProcessedAt == null && m.LockedBy == null));
                    return;
                }

                rows.ForEach(row => claimed.Add(row.Id));
                store.Context.ChangeTracker.Clear();
            }
        }

        await Task.WhenAll(Enumerable.Range(1, 4).Select(worker => Task.Run(() => WorkAsync(worker))));

        Assert.Equal(400, claimed.Count);
        Assert.Equal(400, claimed.Distinct().Count());
        Assert.All(dueWhenToldNothing, unclaimed => Assert.Equal(0, unclaimed));
    }

    [Fact]
    public async Task A_backlog_larger_than_one_drain_takes_goes_out_without_waiting_for_the_poll()
    {
        await using var isolated = new IsolatedHost();
        await using var server = await isolated.StartMailServerAsync();

        // One lane taking one mail a pass: a drain ends after 1,000 mails; the poll would come after five minutes.
        var host = isolated.Start(App, configure: null,
            ("Email:Smtp:Connections", "1"), ("Delivery:BatchSize", "1"), ("Delivery:PollSeconds", "300"));
        var addresses = await QueuedMail.AddAsync(host.Services, App.Clock, "long-backlog", 1_050);

        await Eventually.UntilAsync(() => Task.FromResult(server.Inbox.All.Count), count => count >= addresses.Count, "every queued mail", TimeSpan.FromSeconds(90));

        Assert.Equal(addresses.Order(), server.Inbox.All.SelectMany(m => m.Recipients).Order());
    }
}

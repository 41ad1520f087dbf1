using System.Threading.RateLimiting;
using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.BuildingBlocks.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.BuildingBlocks.Email;

/// <summary>
/// Sends the mail queues of every module over up to <see cref="SmtpOptions.Connections"/> lanes at once, each
/// with its own SMTP connection kept across its batches (see <see cref="MailLane"/>). A drain starts with one
/// lane; a lane that claimed a full batch opens another while fewer than that many are running, so a backlog
/// spreads over the connections while a few mails go out over one, and each lane has at most one mail
/// between the server's acceptance and its mark. A process-wide token bucket keeps to
/// <see cref="SmtpOptions.MaxPerSecond"/>.
/// </summary>
public sealed partial class MailDispatcher(
    IServiceScopeFactory scopes, IEnumerable<ModuleStore> stores, IEmailSender sender, IOptions<EmailOptions> email,
    IOptions<DeliveryOptions> options, IOptions<AppOptions> app, TimeProvider clock, ILogger<MailDispatcher> logger)
    : DeliveryWorker(scopes, stores, options, app, clock), IDisposable
{
    private const int MaxPasses = 1000;

    private readonly RateLimiter? limiter = email.Value.Smtp.MaxPerSecond > 0
        ? new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = email.Value.Smtp.MaxPerSecond,
            TokensPerPeriod = email.Value.Smtp.MaxPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 10_000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        })
        : null;

    /// <summary>Sends until no module has a mail due, over as many lanes as the backlog calls for.</summary>
    public override async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        var lanes = new List<Task<int>>();
        var gate = new Lock();
        var connections = email.Value.Smtp.Connections;
        void Open()
        {
            lock (gate)
            {
                if (lanes.Count(lane => !lane.IsCompleted) < connections)
                {
                    lanes.Add(Task.Run(() => LaneAsync(Open, cancellationToken), CancellationToken.None));
                }
            }
        }

        Open();
        var total = 0;

        // A lane opens others only while it runs, so once every lane listed has ended, none is left to come.
        for (var i = 0; ; i++)
        {
            Task<int> lane;
            lock (gate)
            {
                if (i == lanes.Count)
                {
                    return total;
                }

                lane = lanes[i];
            }

            total += await lane;
        }
    }

    public void Dispose() => limiter?.Dispose();

    /// <summary>One batch per module over one lane, for a single pass.</summary>
    protected override async Task<int> RunAsync(IServiceProvider services, Type contextType, CancellationToken cancellationToken)
    {
        await using var lane = NewLane();
        return await lane.SendBatchAsync(contextType, cancellationToken);
    }

    protected override void StoreFailed(Type contextType, Exception exception) => LogStoreFailed(logger, contextType.Name, exception);

    private MailLane NewLane() => new(Scopes, sender, limiter, Options, Node, Clock, logger);

    private async Task<int> LaneAsync(Action openAnother, CancellationToken cancellationToken)
    {
        await using var lane = NewLane();
        var total = 0;
        for (var pass = 0; pass < MaxPasses && !cancellationToken.IsCancellationRequested; pass++)
        {
            var taken = 0;
            foreach (var store in Stores)
            {
                try
                {
                    var claimed = await lane.SendBatchAsync(store.ContextType, cancellationToken);
                    if (claimed >= Options.BatchSize)
                    {
                        openAnother();
                    }

                    taken += claimed;
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    StoreFailed(store.ContextType, ex);
                    await lane.ResetAsync(store.ContextType);
                }
            }

            total += taken;
            if (taken == 0)
            {
                break;
            }
        }

        return total;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending the mail queue of {Store} failed")]
    private static partial void LogStoreFailed(ILogger logger, string store, Exception exception);
}

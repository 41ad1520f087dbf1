using System.Diagnostics;
using System.Threading.RateLimiting;
using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.BuildingBlocks.Observability;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachingPlatform.BuildingBlocks.Email;

/// <summary>
/// One SMTP connection and, per module, one open database connection, kept across the batches of a drain.
/// Mails go out one at a time; each is marked sent right after the server accepted it. A mail the server
/// refuses is retried (4xx) or dead at once (5xx) without stopping the others; when the connection itself
/// fails, the mail in hand counts a failed attempt and the rest of the batch waits for the same backoff.
/// </summary>
internal sealed partial class MailLane(
    IServiceScopeFactory scopes, IEmailSender sender, RateLimiter? limiter, DeliveryOptions options, string node, TimeProvider clock, ILogger logger)
    : IAsyncDisposable
{
    private readonly Dictionary<Type, Store> stores = [];
    private IMailConnection? smtp;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Claims one batch of the module's queue and sends it; returns how many mails it claimed.</summary>
    public async Task<int> SendBatchAsync(Type contextType, CancellationToken cancellationToken)
    {
        var store = await StoreAsync(contextType, cancellationToken);
        var queue = store.Queue;
        try
        {
            var batch = await queue.Mail.ClaimAsync(node, Now, options, inWrittenOrder: false, cancellationToken);

            // The batch is claimed: a stop does not cut the bodies' read short, so the loop below gives back what it does not send.
            await store.LoadBodiesAsync(batch, CancellationToken.None);

            // A mail in hand is finished even when the host is stopping; the rest are given back.
            for (var i = 0; i < batch.Count && !cancellationToken.IsCancellationRequested; i++)
            {
                var mail = batch[i];

                // Too little of the claim left to be sure no other worker takes the mail while it is being
                // sent: stop here and give the rest back.
                if (!await PermitAsync(cancellationToken) || Now >= mail.LockedUntil - (options.Lease / 2))
                {
                    break;
                }

                if (!await SendAsync(store, mail))
                {
                    foreach (var waiting in batch.Skip(i + 1))
                    {
                        waiting.Postpone(mail.NextAttemptAt);
                    }

                    await queue.Context.SaveChangesAsync(CancellationToken.None);
                    return batch.Count;
                }
            }

            await DeliveryWorker.ReleaseUnfinishedAsync(queue, batch);
            return batch.Count;
        }
        finally
        {
            queue.Context.ChangeTracker.Clear();
        }
    }

    /// <summary>After a failure in a module's store: its context may be in any state, so the next batch gets a fresh one.</summary>
    public async Task ResetAsync(Type contextType)
    {
        if (stores.Remove(contextType, out var store))
        {
            await store.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseSmtpAsync();
        foreach (var store in stores.Values)
        {
            await store.DisposeAsync();
        }

        stores.Clear();
    }

    /// <summary>False when the connection failed: the mail counted a failed attempt and the connection is closed.</summary>
    private async Task<bool> SendAsync(Store store, OutgoingMail mail)
    {
        using var activity = PlatformTelemetry.StartFrom("mail send", mail.TraceParent, ActivityKind.Client);
        try
        {
            smtp ??= await sender.OpenAsync(CancellationToken.None);
            await smtp.SendAsync(mail.ToMessage(mail.BodyId is { } bodyId ? store.Bodies.GetValueOrDefault(bodyId) : null), CancellationToken.None);
        }
        catch (MailRejectedException rejected)
        {
            LogRejected(logger, mail.Id, rejected.Permanent, rejected);
            Failed(activity, rejected);
            mail.MarkFailed(rejected.Message, Now, options.Retry, rejected.Permanent);
            await store.Queue.Context.SaveChangesAsync(CancellationToken.None);
            return true;
        }
        catch (Exception ex)
        {
            LogConnectionFailed(logger, mail.Id, ex);
            Failed(activity, ex);
            mail.MarkFailed($"{ex.GetType().Name}: {ex.Message}", Now, options.Retry);
            await CloseSmtpAsync();
            return false;
        }

        // Accepted: nothing else happens before the mark.
        if (!await store.Sent.MarkAsync(mail, Now))
        {
            LogClaimLost(logger, mail.Id);
        }

        PlatformTelemetry.MailsSent.Add(1);

        store.Queue.Context.Entry(mail).State = EntityState.Detached;
        return true;
    }

    private static void Failed(Activity? activity, Exception exception)
    {
        activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        PlatformTelemetry.MailsFailed.Add(1);
    }

    private async Task<bool> PermitAsync(CancellationToken cancellationToken)
    {
        if (limiter is null)
        {
            return true;
        }

        try
        {
            using var permit = await limiter.AcquireAsync(1, cancellationToken);
            return permit.IsAcquired;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<Store> StoreAsync(Type contextType, CancellationToken cancellationToken)
    {
        if (!stores.TryGetValue(contextType, out var store))
        {
            var scope = scopes.CreateAsyncScope();
            var queue = (IMessageStore)scope.ServiceProvider.GetRequiredService(contextType);
            store = new Store(scope, queue, await SentMark.OpenAsync(queue.Context, cancellationToken));
            stores[contextType] = store;
        }

        return store;
    }

    private async Task CloseSmtpAsync()
    {
        if (smtp is not null)
        {
            await smtp.DisposeAsync();
            smtp = null;
        }
    }

    private sealed record Store(AsyncServiceScope Scope, IMessageStore Queue, SentMark Sent) : IAsyncDisposable
    {
        private const int MaxBodies = 64;

        /// <summary>The shared bodies this lane's mails refer to; a body never changes, so it is read once per lane.</summary>
        public Dictionary<Guid, MailBody> Bodies { get; } = [];

        public async Task LoadBodiesAsync(List<OutgoingMail> batch, CancellationToken cancellationToken)
        {
            var missing = batch.Where(m => m.BodyId is { } id && !Bodies.ContainsKey(id)).Select(m => m.BodyId!.Value).Distinct().ToList();
            if (missing.Count == 0)
            {
                return;
            }

            if (Bodies.Count + missing.Count > MaxBodies)
            {
                Bodies.Clear();
                missing = batch.Where(m => m.BodyId is not null).Select(m => m.BodyId!.Value).Distinct().ToList();
            }

            foreach (var body in await Queue.Context.Set<MailBody>().AsNoTracking().Where(b => missing.Contains(b.Id)).ToListAsync(cancellationToken))
            {
                Bodies[body.Id] = body;
            }
        }

        public async ValueTask DisposeAsync()
        {
            await Sent.DisposeAsync();
            await Scope.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The mail server refused mail {MailId} (permanent: {Permanent})")]
    private static partial void LogRejected(ILogger logger, Guid mailId, bool permanent, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending mail {MailId} failed: the connection to the mail server failed")]
    private static partial void LogConnectionFailed(ILogger logger, Guid mailId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MailId} was sent after its claim had passed to another worker")]
    private static partial void LogClaimLost(ILogger logger, Guid mailId);
}

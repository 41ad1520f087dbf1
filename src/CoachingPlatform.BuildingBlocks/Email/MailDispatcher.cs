using System.Diagnostics;
using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.BuildingBlocks.Observability;
using CoachingPlatform.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.BuildingBlocks.Email;

/// <summary>
/// Sends the mail queues of every module over one connection per pass. Each mail is marked sent right after
/// the server accepted it, so only a crash in that instant can send it again. A mail the server refuses is
/// retried (4xx) or dead at once (5xx) without stopping the others; when the connection itself fails, the
/// mail in hand counts a failed attempt and the rest of the batch waits for the same backoff.
/// </summary>
public sealed partial class MailDispatcher(
    IServiceScopeFactory scopes, IEnumerable<ModuleStore> stores, IEmailSender sender,
    IOptions<DeliveryOptions> options, IOptions<AppOptions> app, TimeProvider clock, ILogger<MailDispatcher> logger)
    : DeliveryWorker(scopes, stores, options, app, clock)
{
    protected override async Task<int> RunAsync(IServiceProvider services, Type contextType, CancellationToken cancellationToken)
    {
        var store = StoreOf(services, contextType);
        var batch = await store.Mail.ClaimAsync(Node, Now, Options, cancellationToken);

        // One open connection for the pass: marking a mail sent is then a single short UPDATE.
        await store.Context.Database.OpenConnectionAsync(cancellationToken);
        IMailConnection? connection = null;
        try
        {
            // A mail in hand is finished even when the host is stopping; the rest are given back.
            for (var i = 0; i < batch.Count && !cancellationToken.IsCancellationRequested; i++)
            {
                var mail = batch[i];
                if (Now >= mail.LockedUntil - (Options.Lease / 2))
                {
                    // Too little of the claim is left to be sure no other worker takes this mail while it is
                    // being sent: stop here and give the rest back.
                    break;
                }

                using var activity = PlatformTelemetry.StartFrom("mail send", mail.TraceParent, ActivityKind.Client);
                try
                {
                    connection ??= await sender.OpenAsync(CancellationToken.None);
                    await connection.SendAsync(mail.ToMessage(), CancellationToken.None);
                    await MarkSentAsync(store, mail);
                    PlatformTelemetry.MailsSent.Add(1);
                    continue;
                }
                catch (MailRejectedException rejected)
                {
                    LogRejected(logger, mail.Id, rejected.Permanent, rejected);
                    Failed(activity, rejected);
                    mail.MarkFailed(rejected.Message, Now, Options.Retry, rejected.Permanent);
                }
                catch (Exception ex)
                {
                    LogConnectionFailed(logger, mail.Id, ex);
                    Failed(activity, ex);
                    mail.MarkFailed($"{ex.GetType().Name}: {ex.Message}", Now, Options.Retry);
                    foreach (var waiting in batch.Skip(i + 1))
                    {
                        waiting.Postpone(mail.NextAttemptAt);
                    }

                    await store.Context.SaveChangesAsync(CancellationToken.None);
                    return batch.Count;
                }

                await store.Context.SaveChangesAsync(CancellationToken.None);
            }

            await ReleaseUnfinishedAsync(store, batch);
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }

        return batch.Count;
    }

    /// <summary>
    /// Right after the server's acceptance: one UPDATE in its own implicit transaction, no change tracking,
    /// so that the window in which a crash would send this mail again stays as short as the database allows.
    /// </summary>
    private async Task MarkSentAsync(IMessageStore store, OutgoingMail mail)
    {
        var owner = mail.LockedBy;
        var now = Now;
        await store.Mail.Where(m => m.Id == mail.Id && m.LockedBy == owner).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.ProcessedAt, now)
            .SetProperty(m => m.Error, (string?)null)
            .SetProperty(m => m.LockedBy, (string?)null)
            .SetProperty(m => m.LockedUntil, (DateTime?)null));
        mail.MarkProcessed(now);
        store.Context.Entry(mail).State = EntityState.Detached;
    }

    private static void Failed(Activity? activity, Exception exception)
    {
        activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        PlatformTelemetry.MailsFailed.Add(1);
    }

    protected override void StoreFailed(Type contextType, Exception exception) => LogStoreFailed(logger, contextType.Name, exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The mail server refused mail {MailId} (permanent: {Permanent})")]
    private static partial void LogRejected(ILogger logger, Guid mailId, bool permanent, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending mail {MailId} failed: the connection to the mail server failed")]
    private static partial void LogConnectionFailed(ILogger logger, Guid mailId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending the mail queue of {Store} failed")]
    private static partial void LogStoreFailed(ILogger logger, string store, Exception exception);
}

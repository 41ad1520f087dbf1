using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Observability;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Programs.Contracts;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Features.Preferences;
using CoachingPlatform.Subscriptions.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Subscriptions.Features.Digests;

/// <summary>One run of the digest job for one frequency; answers the run's id.</summary>
internal sealed record SendDigests(DigestFrequency Frequency) : IRequest<Guid>;

/// <summary>
/// Walks the due subscribers in batches by address (keyset, so memory stays flat however many there are)
/// and queues each digest in the module's mail queue under the key "digest:{subscriber}:{edition}": a small
/// row naming the edition's shared body and the reader's values. The mails and the subscribers' edition
/// marks are saved in one transaction per batch, so the mail queue is the
/// ledger: a run killed midway loses at most an unsaved batch, which the next run of the edition redoes;
/// a concurrent run that queued the same mail first makes this batch's save fail on the unique key, and
/// the batch is read again without the subscribers already handled. Sending (connections, retries with
/// backoff, permanent failures recorded per mail) is the mail queue's work.
/// </summary>
internal sealed class SendDigestsHandler(
    SubscriptionsDbContext db,
    ManageLinks links,
    IOptions<SubscriptionsOptions> options,
    IOptions<AppOptions> app,
    TimeProvider clock,
    IMediator mediator,
    DeliverySignals signals,
    ILogger<SendDigestsHandler> logger) : IRequestHandler<SendDigests, Guid>
{
    private const int MaxConflictRetries = 5;

    public async Task<Guid> Handle(SendDigests request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var cutOff = clock.GetUtcNow().UtcDateTime;
        var edition = DigestEdition.At(request.Frequency, cutOff, settings.Zone);
        var run = DigestRun.Start(request.Frequency, edition.Period, await Due(edition).CountAsync(cancellationToken), cutOff);
        db.DigestRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);

        var bodies = new Dictionary<DateTime, MailBody?>();
        var after = "";
        var conflicts = 0;
        while (true)
        {
            var batch = await Due(edition).AsNoTracking().Where(s => string.Compare(s.Email, after) > 0).OrderBy(s => s.Email).Take(settings.BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            // Each content window's body is rendered and saved once, before the batch's mails refer to it.
            foreach (var since in batch.Select(s => SinceOf(s, edition, cutOff)).Distinct().Where(since => !bodies.ContainsKey(since)))
            {
                bodies[since] = await BodyForAsync(request.Frequency, since, cutOff, cancellationToken);
            }

            var mails = new List<OutgoingMail>(batch.Count);
            var (mailed, nothingNew) = (new List<Guid>(batch.Count), new List<Guid>());
            foreach (var subscriber in batch)
            {
                if (bodies[SinceOf(subscriber, edition, cutOff)] is { } body)
                {
                    var nextStep = subscriber.ShowNextStep ? await NextStepOf(subscriber, cutOff, cancellationToken) : null;
                    var fields = DigestTemplate.Fields(subscriber.Email, links.TokenFor(subscriber.Id, subscriber.LinkGeneration), nextStep);
                    mails.Add(OutgoingMail.Personalized(edition.MailKey(subscriber.Id), body, subscriber.Email, null, fields, cutOff));
                    mailed.Add(subscriber.Id);
                }
                else
                {
                    nothingNew.Add(subscriber.Id);
                }
            }

            try
            {
                await SaveBatchAsync(run, edition, cutOff, mails, mailed, nothingNew, cancellationToken);
                after = batch[^1].Email;
                conflicts = 0;
                signals.Mail.Notify();
                PlatformTelemetry.DigestMailsQueued.Add(mails.Count, new KeyValuePair<string, object?>("frequency", request.Frequency.ToString()));
            }
            catch (Exception e) when (DigestRaces.IsLost(e) && ++conflicts <= MaxConflictRetries)
            {
                // Read the batch again: those the other run handled are no longer due.
                logger.LogInformation(e, "Digest batch after {After} raced another run of {Edition}; reading it again", after, edition.Key);
                await DigestRaces.ResumeAsync(db, run, cancellationToken);
            }

            db.ChangeTracker.Clear();
            db.DigestRuns.Attach(run);
        }

        run.Finish(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return run.Id;
    }

    private IQueryable<Subscriber> Due(DigestEdition edition) => db.Subscribers.Where(s =>
        s.Frequency == edition.Frequency && s.ConfirmedAt != null && s.UnsubscribedAt == null && !s.Paused
        && (s.LastEdition == null || s.LastEdition != edition.Key));

    /// <summary>
    /// The batch in one transaction: its mails (the ledger), the subscribers' edition marks (two set-based
    /// updates: every one handled gets the edition; a mailed one's content window moves on to the cut-off, a
    /// subscriber with nothing new keeps theirs open), and the run's progress.
    /// </summary>
    private async Task SaveBatchAsync(DigestRun run, DigestEdition edition, DateTime cutOff, List<OutgoingMail> mails, List<Guid> mailed, List<Guid> nothingNew, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.InsertMailAsync(mails, cancellationToken);
        var key = edition.Key;
        if (mailed.Count > 0)
        {
            await db.Subscribers.Where(s => mailed.Contains(s.Id))
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastEdition, key).SetProperty(s => s.LastDigestAt, cutOff), cancellationToken);
        }

        if (nothingNew.Count > 0)
        {
            await db.Subscribers.Where(s => nothingNew.Contains(s.Id)).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastEdition, key), cancellationToken);
        }

        run.Progress(mailed.Count, nothingNew.Count);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static DateTime SinceOf(Subscriber subscriber, DigestEdition edition, DateTime cutOff) => subscriber.LastDigestAt ?? cutOff - edition.Length;

    /// <summary>The window's shared body, saved on its own (nothing else is pending then); null when nothing is new.</summary>
    private async Task<MailBody?> BodyForAsync(DigestFrequency frequency, DateTime since, DateTime cutOff, CancellationToken cancellationToken)
    {
        var template = await DigestContent.LoadAsync(db, options.Value, frequency, since, cutOff, app.Value.Link, cancellationToken);
        if (template is null)
        {
            return null;
        }

        var body = MailBody.Create(template.Shared(links), cutOff);
        db.MailBodies.Add(body);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(body).State = EntityState.Detached;
        return body;
    }

    /// <summary>Asked again at every run: a subscriber who is no longer a client, or has no open step, gets the plain digest.</summary>
    private async Task<NextStepBlock?> NextStepOf(Subscriber subscriber, DateTime now, CancellationToken cancellationToken)
    {
        if (await ClientOfAddress.FindAsync(mediator, subscriber.Email, cancellationToken) is not { } clientId
            || await mediator.Send(new GetNextStep(clientId), cancellationToken) is not { } step)
        {
            return null;
        }

        return NextStepBlock.From(step, app.Value.Link($"/client/assignments/{step.AssignmentId}/steps/{step.StepId}"), now);
    }
}

using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.Clients.Contracts;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Features.Digests;
using CoachingPlatform.Subscriptions.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Subscriptions.Features.CoachDigests;

/// <summary>One run of the coaches' weekly progress digest; answers how many digests it queued.</summary>
internal sealed record SendCoachDigests : IRequest<int>;

/// <summary>
/// Goes through every coach with active clients in batches. For each coach who has not switched it off and
/// was not handled this ISO week, it gathers the week from Programs and Assessments (through their Contracts)
/// and queues one mail under the key "coach-digest:{coach}:{week}", saved with the coach's week mark in one
/// transaction per batch: the unique key is the ledger, so a rerun, a second node or "run now" cannot mail a
/// coach twice in a week; a batch that lost a race to another run is read again and skips who it handled.
/// The run is recorded like a newsletter run (<see cref="DigestRun"/>, kind Coaches): due coaches, progress
/// per batch, mailed and quiet, duration.
/// </summary>
internal sealed class SendCoachDigestsHandler(
    SubscriptionsDbContext db,
    IMediator mediator,
    CoachDigestMail mails,
    IOptions<SubscriptionsOptions> options,
    TimeProvider clock,
    ILogger<SendCoachDigestsHandler> logger) : IRequestHandler<SendCoachDigests, int>
{
    private const int MaxConflictRetries = 5;

    public async Task<int> Handle(SendCoachDigests request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var cutOff = clock.GetUtcNow().UtcDateTime;
        var week = DigestEdition.At(DigestFrequency.Weekly, cutOff, settings.Zone).Period;
        var coaches = await mediator.Send(new ListCoachesWithClients(), cancellationToken);
        var handled = await db.CoachDigests.CountAsync(c => coaches.Contains(c.CoachId) && (!c.Enabled || c.LastWeek == week), cancellationToken);
        var run = DigestRun.StartCoaches(week, coaches.Count - handled, cutOff);
        db.DigestRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var queued = 0;
        foreach (var batch in coaches.Chunk(settings.BatchSize))
        {
            for (var attempt = 0; ; attempt++)
            {
                db.DigestRuns.Attach(run);
                var (mailed, quiet) = await QueueBatchAsync(batch, week, cutOff, cancellationToken);
                run.Progress(mailed, quiet);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    queued += mailed;
                    break;
                }
                catch (Exception e) when (DigestRaces.IsLost(e) && attempt < MaxConflictRetries)
                {
                    // Read the batch again: the coaches the other run handled are marked now.
                    logger.LogInformation(e, "Coach digest batch raced another run of {Week}; reading it again", week);
                    await DigestRaces.ResumeAsync(db, run, cancellationToken);
                }
                finally
                {
                    db.ChangeTracker.Clear();
                }
            }
        }

        db.DigestRuns.Attach(run);
        run.Finish(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return queued;
    }

    /// <summary>Queues the batch's digests; answers how many coaches it mailed and how many had a quiet week.</summary>
    private async Task<(int Mailed, int Quiet)> QueueBatchAsync(Guid[] batch, string week, DateTime cutOff, CancellationToken cancellationToken)
    {
        var rows = await db.CoachDigests.Where(c => batch.Contains(c.CoachId)).ToDictionaryAsync(c => c.CoachId, cancellationToken);
        var (mailed, quiet) = (0, 0);
        foreach (var coachId in batch)
        {
            if (!rows.TryGetValue(coachId, out var digest))
            {
                digest = CoachDigest.For(coachId, cutOff);
                db.CoachDigests.Add(digest);
            }

            if (!digest.Enabled || digest.LastWeek == week)
            {
                continue;
            }

            var mail = await mails.BuildAsync(coachId, digest.LastSentAt ?? cutOff.AddDays(-7), cutOff, cancellationToken);
            if (mail is not null)
            {
                db.Mail.Add(OutgoingMail.Create(CoachDigestKeys.MailKey(coachId, week), mail, cutOff));
                mailed++;
            }
            else
            {
                quiet++;
            }

            digest.MarkWeek(week, cutOff, mailed: mail is not null);
        }

        return (mailed, quiet);
    }
}

using CoachingPlatform.Subscriptions.Contracts;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Features.CoachDigests;
using CoachingPlatform.Subscriptions.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Subscriptions.Features.Digests;

/// <summary>Recent runs of both kinds (newsletter, coaches' weekly digest), newest first. Sent and failed count the edition's mails in the mail queue.</summary>
internal sealed record ListDigestRuns(int Page = 1, int PageSize = 20) : IRequest<IReadOnlyList<DigestRunSummary>>;

internal sealed class ListDigestRunsValidator : AbstractValidator<ListDigestRuns>
{
    public ListDigestRunsValidator()
    {
        RuleFor(r => r.Page).GreaterThanOrEqualTo(1);
        RuleFor(r => r.PageSize).InclusiveBetween(1, 100);
    }
}

internal sealed class ListDigestRunsHandler(SubscriptionsDbContext db) : IRequestHandler<ListDigestRuns, IReadOnlyList<DigestRunSummary>>
{
    public async Task<IReadOnlyList<DigestRunSummary>> Handle(ListDigestRuns request, CancellationToken cancellationToken)
    {
        var runs = await db.DigestRuns.AsNoTracking().OrderByDescending(r => r.StartedAt)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);

        // One count per distinct edition on the page (a page holds at most PageSize of them).
        var counts = new Dictionary<(string Prefix, string Suffix), (int Sent, int Failed)>();
        foreach (var (prefix, suffix) in runs.Select(Keys).Distinct())
        {
            var mails = db.Mail.AsNoTracking().Where(m => m.Key.StartsWith(prefix) && m.Key.EndsWith(suffix));
            counts[(prefix, suffix)] = (await mails.CountAsync(m => m.ProcessedAt != null, cancellationToken), await mails.CountAsync(m => m.DeadAt != null, cancellationToken));
        }

        return runs.Select(r =>
        {
            var (sent, failed) = counts[Keys(r)];
            return new DigestRunSummary(r.Id, r.Kind == DigestKind.Coaches ? DigestRunSummary.Coaches : DigestRunSummary.Newsletter,
                DigestFrequencies.NameOf(r.Frequency), r.Period, r.Due, r.Handled, r.Mailed, r.NothingNew, sent, failed,
                r.StartedAt, r.FinishedAt, r.FinishedAt is { } end ? (end - r.StartedAt).TotalSeconds : null);
        }).ToList();
    }

    /// <summary>How the edition's mail keys begin and end: "digest:{subscriber}:weekly:2026-W48", "coach-digest:{coach}:2026-W48".</summary>
    private static (string Prefix, string Suffix) Keys(DigestRun run) => run.Kind == DigestKind.Coaches
        ? (CoachDigestKeys.Prefix, ":" + run.Period)
        : ("digest:", ":" + new DigestEdition(run.Frequency, run.Period).Key);
}

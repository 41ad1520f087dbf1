using CoachingPlatform.Subscriptions.Contracts;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Subscriptions.Features.Digests;

/// <summary>Recent runs, newest first. Sent and failed count the edition's mails in the mail queue.</summary>
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
        var counts = new Dictionary<string, (int Sent, int Failed)>();
        foreach (var key in runs.Select(r => new DigestEdition(r.Frequency, r.Period).Key).Distinct())
        {
            var suffix = ":" + key;
            var mails = db.Mail.AsNoTracking().Where(m => m.Key.StartsWith("digest:") && m.Key.EndsWith(suffix));
            counts[key] = (await mails.CountAsync(m => m.ProcessedAt != null, cancellationToken), await mails.CountAsync(m => m.DeadAt != null, cancellationToken));
        }

        return runs.Select(r =>
        {
            var (sent, failed) = counts[new DigestEdition(r.Frequency, r.Period).Key];
            return new DigestRunSummary(r.Id, DigestFrequencies.NameOf(r.Frequency), r.Period, r.Due, r.Handled, r.Mailed, r.NothingNew, sent, failed,
                r.StartedAt, r.FinishedAt, r.FinishedAt is { } end ? (end - r.StartedAt).TotalSeconds : null);
        }).ToList();
    }
}

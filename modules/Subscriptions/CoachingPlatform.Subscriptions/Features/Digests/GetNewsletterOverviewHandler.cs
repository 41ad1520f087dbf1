using CoachingPlatform.Subscriptions.Contracts;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Subscriptions.Features.Digests;

internal sealed class GetNewsletterOverviewHandler(SubscriptionsDbContext db, IMediator mediator) : IRequestHandler<GetNewsletterOverview, NewsletterOverview>
{
    public async Task<NewsletterOverview> Handle(GetNewsletterOverview request, CancellationToken cancellationToken)
    {
        var groups = await db.Subscribers.AsNoTracking()
            .GroupBy(s => new { Confirmed = s.ConfirmedAt != null, Unsubscribed = s.UnsubscribedAt != null, s.Frequency, s.Paused })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var counts = groups
            .Select(g => new SubscriberCount(g.Key.Unsubscribed ? "unsubscribed" : g.Key.Confirmed ? "subscribed" : "pending",
                DigestFrequencies.NameOf(g.Key.Frequency), g.Key.Paused, g.Count))
            .OrderBy(c => c.Status, StringComparer.Ordinal).ThenBy(c => c.Frequency, StringComparer.Ordinal).ThenBy(c => c.Paused)
            .ToList();
        var runs = await mediator.Send(new ListDigestRuns(Math.Max(1, request.Page), GetNewsletterOverview.RunsPerPage), cancellationToken);
        return new NewsletterOverview(counts, runs);
    }
}

using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Subscriptions.Contracts;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Subscriptions.Features.Preferences;

/// <summary>The subscriber a manage link names; forged, damaged and replaced links all answer 404 alike.</summary>
internal static class SubscriberByLink
{
    public static async Task<Subscriber> FindAsync(SubscriptionsDbContext db, ManageLinks links, string token, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not var (id, generation))
        {
            throw new NotFoundException("subscription", "of this link");
        }

        var subscriber = await db.Subscribers.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return subscriber is not null && subscriber.LinkGeneration == generation ? subscriber : throw new NotFoundException("subscription", "of this link");
    }

    public static NewsletterPreferences View(Subscriber s, bool isClient) =>
        new(s.Email, DigestFrequencies.NameOf(s.Frequency), s.Paused, s.Status, isClient, isClient && s.ShowNextStep);
}

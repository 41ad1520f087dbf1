using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Subscriptions.Features.Digests;

/// <summary>What a digest window holds, from the module's own copy of the Community's content.</summary>
internal static class DigestContent
{
    /// <summary>The rendered edition for the window (<paramref name="since"/>, <paramref name="until"/>], or null when nothing is new.</summary>
    public static async Task<DigestTemplate?> LoadAsync(SubscriptionsDbContext db, SubscriptionsOptions settings, DigestFrequency frequency,
        DateTime since, DateTime until, Func<string, string> link, CancellationToken cancellationToken)
    {
        var articles = await db.DigestArticles.AsNoTracking()
            .Where(a => a.PublishedAt > since && a.PublishedAt <= until)
            .OrderByDescending(a => a.PublishedAt).Take(settings.MaxArticles).ToListAsync(cancellationToken);
        var comments = await db.DigestComments.AsNoTracking()
            .Where(c => c.ApprovedAt > since && c.ApprovedAt <= until)
            .OrderByDescending(c => c.Replies).ThenByDescending(c => c.ApprovedAt).Take(settings.MaxComments).ToListAsync(cancellationToken);
        return articles.Count == 0 && comments.Count == 0 ? null : new DigestTemplate(frequency, articles, comments, link);
    }
}

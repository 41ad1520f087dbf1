using CoachingPlatform.BuildingBlocks.Modules;
using CoachingPlatform.BuildingBlocks.Seeding;
using CoachingPlatform.Community.Domain;
using CoachingPlatform.Community.Persistence;
using CoachingPlatform.Community.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Community.Seeding;

/// <summary>
/// With demo data on, publishes the guide with a short conversation under it: approved comments, a reply
/// from the coach and one comment still waiting for moderation. Article and comments are saved together,
/// and nothing happens when the article exists, so running it again changes nothing. Seeded content raises
/// no events: it is not news for the digests.
/// </summary>
internal sealed class CommunitySeeder(CommunityDbContext db, ArticleRenderer renderer, IOptions<SeedOptions> seed, TimeProvider clock) : IModuleInitializer
{
    public int Order => InitializerOrder.SeedContent;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!seed.Value.Demo)
        {
            return;
        }

        var (title, body) = GuideArticle.Load();
        var slug = Slugs.From(title);
        if (await db.Articles.AnyAsync(a => a.Slug == slug, cancellationToken))
        {
            return;
        }

        // Dated in the recent past so the comments under it have somewhere to fall in time: at 9:00 UTC two
        // weeks and a day before today: more than 14 and less than 16 days ago ("2 weeks ago") whatever the hour.
        var publishedAt = clock.GetUtcNow().UtcDateTime.Date.AddDays(-15).AddHours(9);
        var article = Article.Publish(title, body, renderer.Excerpt(body), publishedAt);
        db.Articles.Add(article);

        var first = Add(article, null, CommentStatus.Approved, "Priya N.", "priya@example.com",
            "Step one hit home. I spent months pretending I was fine after my engagement ended. Writing it down every evening was the first thing that actually helped.",
            publishedAt.AddDays(1));
        Add(article, first, CommentStatus.Approved, "Morgan Reyes", SeedOptions.CoachEmail,
            "Thank you for sharing this, Priya. Naming the pain is often the hardest step, and you did it. Be gentle with yourself on the days it comes back.",
            publishedAt.AddDays(1).AddHours(5));
        Add(article, null, CommentStatus.Approved, "Daniel K.", "daniel@example.com",
            "The part about consistency is so true. Trust came back with my brother through small promises kept, week after week, not one big conversation.",
            publishedAt.AddDays(3));
        Add(article, null, CommentStatus.Approved, "Amara", "amara@example.com",
            "I never thought of rebuilding trust in myself as part of this. Celebrating small wins feels silly at first, but it works.\nThank you for this guide.",
            publishedAt.AddDays(6));
        Add(article, null, CommentStatus.Pending, "Jordan", "jordan@example.com",
            "Is it normal to still feel anxious a year later, even when things are going well? Some days it feels like I am back at the start.",
            publishedAt.AddDays(12));

        await db.SaveChangesAsync(cancellationToken);
    }

    private Comment Add(Article article, Comment? parent, CommentStatus status, string authorName, string email, string body, DateTime postedAt)
    {
        var comment = Comment.Post(article.Id, parent, authorName, email, body, addressHash: "", postedAt);
        comment.Screen(new SpamVerdict(0, []), status);
        db.Comments.Add(comment);
        db.Decisions.Add(ModerationDecision.Screening(comment, postedAt));
        return comment;
    }
}

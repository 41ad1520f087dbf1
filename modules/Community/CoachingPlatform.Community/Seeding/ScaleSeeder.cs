using System.Text;
using CoachingPlatform.BuildingBlocks.Modules;
using CoachingPlatform.BuildingBlocks.Seeding;
using CoachingPlatform.Community.Domain;
using CoachingPlatform.Community.Persistence;
using CoachingPlatform.Community.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace CoachingPlatform.Community.Seeding;

/// <summary>
/// The bench articles (<see cref="ScaleSeed"/>): each with its share of approved comments, every fifth
/// a reply, and a queue of comments waiting for a moderator. Like the demo guide, seeded content raises
/// no events.
/// </summary>
internal sealed class ScaleSeeder(CommunityDbContext db, ArticleRenderer renderer, IConfiguration configuration, TimeProvider clock) : IModuleInitializer
{
    public int Order => InitializerOrder.SeedScale;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>(ScaleSeed.Key) || await db.Articles.AnyAsync(a => a.Slug == Slugs.From(Title(0)), cancellationToken))
        {
            return;
        }

        var start = clock.GetUtcNow().UtcDateTime.Date.AddDays(-60);
        var perArticle = ScaleSeed.ApprovedComments / ScaleSeed.Articles;
        var pendingPerArticle = ScaleSeed.PendingComments / ScaleSeed.Articles;
        for (var a = 0; a < ScaleSeed.Articles; a++)
        {
            var body = Body(a);
            var publishedAt = start.AddDays(a);
            var article = Article.Publish(Title(a), body, renderer.Excerpt(body), publishedAt);
            db.Articles.Add(article);
            Comment? thread = null;
            for (var c = 0; c < perArticle + pendingPerArticle; c++)
            {
                var status = c < perArticle ? CommentStatus.Approved : CommentStatus.Pending;
                var parent = c % 5 == 4 && status == CommentStatus.Approved ? thread : null;
                var comment = Comment.Post(article.Id, parent, $"Reader {c}", $"reader{c}@example.com",
                    $"Comment {c} on article {a}: small promises kept, week after week, made the difference for us.", addressHash: "",
                    publishedAt.AddMinutes(10 * (c + 1)));
                comment.Screen(new SpamVerdict(0, []), status);
                db.Comments.Add(comment);
                db.Decisions.Add(ModerationDecision.Screening(comment, comment.PostedAt));
                thread = parent ?? comment;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Title(int index) => $"Bench article {index}: keeping small promises";

    private static string Body(int index)
    {
        var body = new StringBuilder($"## Part {index}\n\n");
        for (var p = 0; p < 12; p++)
        {
            body.Append("Trust grows back through **small promises kept**, week after week. ")
                .Append("Name what hurt, agree on one concrete step, and check in at a time you both chose.\n\n");
        }

        return body.ToString();
    }
}

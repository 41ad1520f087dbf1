using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.BuildingBlocks.Validation;

namespace CoachingPlatform.Community.Domain;

/// <summary>
/// A reader's comment on an article, possibly a reply to another. The spam filter screens it as it is
/// posted (pending, approved at once or spam); moderators may decide again at any time. The email is for
/// moderation only and is never shown publicly.
/// </summary>
internal sealed class Comment : IVersioned
{
    public const int AuthorNameMaxLength = 80;
    public const int EmailMaxLength = 256;
    public const int BodyMinLength = 2;
    public const int BodyMaxLength = 5000;
    public const int ReasonsMaxLength = 2000;

    private Comment()
    {
    }

    public Guid Id { get; private set; }

    public Guid ArticleId { get; private set; }

    public Guid? ParentId { get; private set; }

    /// <summary>The top-level comment of the conversation (its own id for a top-level comment), so a thread loads in one query.</summary>
    public Guid ThreadId { get; private set; }

    /// <summary>0 for a top-level comment, parent's depth + 1 for a reply.</summary>
    public int Depth { get; private set; }

    public string AuthorName { get; private set; } = "";

    public string Email { get; private set; } = "";

    /// <summary>Plain text; line breaks are kept and everything is escaped when shown.</summary>
    public string Body { get; private set; } = "";

    public CommentStatus Status { get; private set; }

    public DateTime PostedAt { get; private set; }

    /// <summary>When the status was last set; reports made since then count towards hiding the comment.</summary>
    public DateTime StatusChangedAt { get; private set; }

    public int SpamScore { get; private set; }

    /// <summary>The spam filter's reasons, one a line.</summary>
    public string SpamReasons { get; private set; } = "";

    /// <summary>A hash of the poster's network address: enough to notice a flood, not to know who it was.</summary>
    public string AddressHash { get; private set; } = "";

    /// <summary>Two moderators deciding at once must not silently overwrite each other.</summary>
    public Guid Version { get; set; }

    public IReadOnlyList<string> Reasons => SpamReasons.Length == 0 ? [] : SpamReasons.Split('\n');

    public static Comment Post(Guid articleId, Comment? parent, string authorName, string email, string body, string addressHash, DateTime postedAt)
    {
        // Others read these: no control or invisible formatting characters may hide or reorder them.
        authorName = PlainText.Name(authorName);
        email = email.Trim();
        body = PlainText.FreeText(body).ReplaceLineEndings("\n");
        Require(authorName, 1, AuthorNameMaxLength, "An author name", nameof(authorName));
        Require(email, 1, EmailMaxLength, "An email", nameof(email));
        Require(body, BodyMinLength, BodyMaxLength, "A comment", nameof(body));
        if (parent is not null && parent.ArticleId != articleId)
        {
            throw new ArgumentException("A reply belongs to the article of its parent.", nameof(parent));
        }

        var id = Guid.CreateVersion7();
        return new Comment
        {
            Id = id,
            ArticleId = articleId,
            ParentId = parent?.Id,
            ThreadId = parent?.ThreadId ?? id,
            Depth = parent is null ? 0 : parent.Depth + 1,
            AuthorName = authorName,
            Email = email,
            Body = body,
            AddressHash = addressHash,
            Status = CommentStatus.Pending,
            PostedAt = postedAt,
            StatusChangedAt = postedAt,
        };
    }

    /// <summary>The spam filter's verdict as the comment arrives.</summary>
    public void Screen(SpamVerdict verdict, CommentStatus status)
    {
        SpamScore = verdict.Score;
        var reasons = string.Join('\n', verdict.Reasons);
        SpamReasons = reasons.Length > ReasonsMaxLength ? reasons[..ReasonsMaxLength] : reasons;
        Status = status;
    }

    /// <summary>
    /// A moderator's decision; it may be revised, but never back to pending. Deciding again, even the
    /// same way, clears the reports made so far.
    /// </summary>
    public CommentStatus Decide(CommentStatus decision, DateTime at)
    {
        if (decision == CommentStatus.Pending)
        {
            throw new ArgumentException("A moderation decision is approve, reject or spam.", nameof(decision));
        }

        var from = Status;
        Status = decision;
        StatusChangedAt = at;
        return from;
    }

    public const string AnonymousName = "Former member";

    /// <summary>The writer erased their account: the comment stays in the conversation without their name or address.</summary>
    public void Anonymize()
    {
        AuthorName = AnonymousName;
        Email = "";
    }

    private static void Require(string value, int minLength, int maxLength, string what, string parameter)
    {
        if (value.Length < minLength || value.Length > maxLength)
        {
            throw new ArgumentException($"{what} needs {minLength} to {maxLength} characters.", parameter);
        }
    }
}

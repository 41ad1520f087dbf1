using CoachingPlatform.BuildingBlocks.Persistence;

namespace CoachingPlatform.Community.Domain;

/// <summary>
/// A reader's comment on an article, possibly a reply to another. It waits for moderation before anyone
/// sees it. The email is for moderation only and is never shown.
/// </summary>
internal sealed class Comment : IVersioned
{
    public const int AuthorNameMaxLength = 80;
    public const int EmailMaxLength = 256;
    public const int BodyMaxLength = 4000;

    private Comment()
    {
    }

    public Guid Id { get; private set; }

    public Guid ArticleId { get; private set; }

    public Guid? ParentId { get; private set; }

    public string AuthorName { get; private set; } = "";

    public string Email { get; private set; } = "";

    public string Body { get; private set; } = "";

    public CommentStatus Status { get; private set; }

    public DateTime PostedAt { get; private set; }

    /// <summary>Two moderators deciding at once must not silently overwrite each other.</summary>
    public Guid Version { get; set; }

    public static Comment Post(Guid articleId, Guid? parentId, string authorName, string email, string body, DateTime postedAt)
    {
        authorName = authorName.Trim();
        email = email.Trim();
        body = body.Trim();
        Require(authorName, AuthorNameMaxLength, "An author name", nameof(authorName));
        Require(email, EmailMaxLength, "An email", nameof(email));
        Require(body, BodyMaxLength, "A comment", nameof(body));

        return new Comment
        {
            Id = Guid.CreateVersion7(),
            ArticleId = articleId,
            ParentId = parentId,
            AuthorName = authorName,
            Email = email,
            Body = body,
            Status = CommentStatus.Pending,
            PostedAt = postedAt,
        };
    }

    /// <summary>A moderator's decision; it may be revised, but never back to pending.</summary>
    public void Decide(CommentStatus decision)
    {
        if (decision == CommentStatus.Pending)
        {
            throw new ArgumentException("A moderation decision is approve, reject or spam.", nameof(decision));
        }

        Status = decision;
    }

    public const string AnonymousName = "Former member";

    /// <summary>The writer erased their account: the comment stays in the conversation without their name or address.</summary>
    public void Anonymize()
    {
        AuthorName = AnonymousName;
        Email = "";
    }

    private static void Require(string value, int maxLength, string what, string parameter)
    {
        if (value.Length is 0 || value.Length > maxLength)
        {
            throw new ArgumentException($"{what} needs 1 to {maxLength} characters.", parameter);
        }
    }
}

namespace CoachingPlatform.Subscriptions.Domain;

/// <summary>
/// The module's own copy of an approved comment, from the Community's CommentApproved events, with the
/// number of approved replies it has received: replies and recency choose the few a digest shows.
/// </summary>
internal sealed class DigestComment
{
    public const int NameMaxLength = 80;
    public const int BodyMaxLength = 600;

    private DigestComment()
    {
    }

    public Guid Id { get; private set; }

    public Guid? ParentId { get; private set; }

    public string ArticleSlug { get; private set; } = "";

    public string ArticleTitle { get; private set; } = "";

    public string AuthorName { get; private set; } = "";

    public string BodyExcerpt { get; private set; } = "";

    public DateTime ApprovedAt { get; private set; }

    public int Replies { get; private set; }

    public static DigestComment From(Guid id, Guid? parentId, string slug, string title, string author, string body, DateTime approvedAt) => new()
    {
        Id = id,
        ParentId = parentId,
        ArticleSlug = DigestArticle.Cut(slug, DigestArticle.SlugMaxLength),
        ArticleTitle = DigestArticle.Cut(title, DigestArticle.TitleMaxLength),
        AuthorName = DigestArticle.Cut(author, NameMaxLength),
        BodyExcerpt = DigestArticle.Cut(body, BodyMaxLength),
        ApprovedAt = approvedAt,
    };

    public void CountReply() => Replies++;
}

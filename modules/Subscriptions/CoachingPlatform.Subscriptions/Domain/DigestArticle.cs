namespace CoachingPlatform.Subscriptions.Domain;

/// <summary>The module's own copy of a published article, from the Community's ArticlePublished events.</summary>
internal sealed class DigestArticle
{
    public const int SlugMaxLength = 200;
    public const int TitleMaxLength = 200;
    public const int ExcerptMaxLength = 600;

    private DigestArticle()
    {
    }

    public Guid Id { get; private set; }

    public string Slug { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Excerpt { get; private set; } = "";

    public DateTime PublishedAt { get; private set; }

    public static DigestArticle From(Guid id, string slug, string title, string excerpt, DateTime publishedAt) =>
        new() { Id = id, Slug = Cut(slug, SlugMaxLength), Title = Cut(title, TitleMaxLength), Excerpt = Cut(excerpt, ExcerptMaxLength), PublishedAt = publishedAt };

    /// <summary>Published again after being taken down: it counts as new from that moment.</summary>
    public void Republish(string slug, string title, string excerpt, DateTime publishedAt)
    {
        Slug = Cut(slug, SlugMaxLength);
        Title = Cut(title, TitleMaxLength);
        Excerpt = Cut(excerpt, ExcerptMaxLength);
        PublishedAt = publishedAt;
    }

    internal static string Cut(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}

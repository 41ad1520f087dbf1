namespace CoachingPlatform.Community.Domain;

/// <summary>A published article, addressed by its slug. Bodies are plain text with line breaks.</summary>
internal sealed class Article
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 100_000;

    private Article()
    {
    }

    public Guid Id { get; private set; }

    public string Slug { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Body { get; private set; } = "";

    public DateTime PublishedAt { get; private set; }

    public static Article Publish(string title, string body, DateTime publishedAt)
    {
        title = title.Trim();
        body = body.Trim();
        if (title.Length is 0 or > TitleMaxLength)
        {
            throw new ArgumentException($"A title needs 1 to {TitleMaxLength} characters.", nameof(title));
        }

        if (body.Length is 0 or > BodyMaxLength)
        {
            throw new ArgumentException($"A body needs 1 to {BodyMaxLength} characters.", nameof(body));
        }

        var slug = Slugs.From(title);
        if (slug.Length == 0)
        {
            throw new ArgumentException("A title needs at least one letter or digit to give the article an address.", nameof(title));
        }

        return new Article { Id = Guid.CreateVersion7(), Slug = slug, Title = title, Body = body, PublishedAt = publishedAt };
    }
}

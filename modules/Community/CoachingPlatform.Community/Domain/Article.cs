namespace CoachingPlatform.Community.Domain;

/// <summary>
/// An article written in Markdown and addressed by its slug. It is a draft until published; unpublishing
/// takes it off the public pages without losing it or its comments.
/// </summary>
internal sealed class Article
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 100_000;
    public const int ExcerptMaxLength = 300;

    private Article()
    {
    }

    public Guid Id { get; private set; }

    public string Slug { get; private set; } = "";

    public string Title { get; private set; } = "";

    /// <summary>Markdown source; rendered with raw HTML disabled, then sanitized.</summary>
    public string Body { get; private set; } = "";

    /// <summary>The opening words as plain text, for lists and digests.</summary>
    public string Excerpt { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>When it last went public; null while it is a draft or unpublished.</summary>
    public DateTime? PublishedAt { get; private set; }

    public bool IsPublished => PublishedAt is not null;

    /// <summary>A new draft; the slug is chosen by the caller, who knows which ones are taken.</summary>
    public static Article Draft(string slug, string title, string body, string excerpt, DateTime now)
    {
        if (slug.Length is 0 or > Slugs.MaxLength)
        {
            throw new ArgumentException($"A slug needs 1 to {Slugs.MaxLength} characters.", nameof(slug));
        }

        var article = new Article { Id = Guid.CreateVersion7(), Slug = slug, CreatedAt = now };
        article.Revise(title, body, excerpt, now);
        return article;
    }

    /// <summary>A draft published at once, addressed by the slug of its title.</summary>
    public static Article Publish(string title, string body, string excerpt, DateTime publishedAt)
    {
        var slug = Slugs.From(title);
        if (slug.Length == 0)
        {
            throw new ArgumentException("A title needs at least one letter or digit to give the article an address.", nameof(title));
        }

        var article = Draft(slug, title, body, excerpt, publishedAt);
        article.Publish(publishedAt);
        return article;
    }

    public void Revise(string title, string body, string excerpt, DateTime now)
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

        Title = title;
        Body = body;
        Excerpt = excerpt.Length > ExcerptMaxLength ? excerpt[..ExcerptMaxLength] : excerpt;
        UpdatedAt = now;
    }

    /// <summary>Makes the article public; true when it was not already.</summary>
    public bool Publish(DateTime now)
    {
        if (IsPublished)
        {
            return false;
        }

        PublishedAt = now;
        UpdatedAt = now;
        return true;
    }

    /// <summary>Takes the article off the public pages; true when it was public.</summary>
    public bool Unpublish(DateTime now)
    {
        if (!IsPublished)
        {
            return false;
        }

        PublishedAt = null;
        UpdatedAt = now;
        return true;
    }
}

namespace CoachingPlatform.Web.Pages.Articles;

/// <summary>
/// The comment form as posted. <see cref="Website"/> is the honeypot (hidden from people); <see cref="Stamp"/>
/// is the protected moment the form was rendered, to tell how long the reader had the page open.
/// </summary>
public sealed class CommentForm
{
    public Guid? ParentId { get; set; }

    public string? AuthorName { get; set; }

    public string? Email { get; set; }

    public string? Body { get; set; }

    public string? Website { get; set; }

    public string? Stamp { get; set; }
}

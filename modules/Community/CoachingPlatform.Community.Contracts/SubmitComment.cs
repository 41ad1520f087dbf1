using MediatR;

namespace CoachingPlatform.Community.Contracts;

/// <summary>
/// A reader's comment (or reply, with <paramref name="ParentId"/>) on a published article. The spam filter
/// screens it: <paramref name="Honeypot"/> is the hidden field people leave empty, <paramref name="TimeOnPage"/>
/// how long the form was open (null through the API), <paramref name="ClientAddress"/> where it came from.
/// </summary>
public sealed record SubmitComment(
    string Slug,
    Guid? ParentId,
    string? AuthorName,
    string? Email,
    string? Body,
    string? Honeypot,
    TimeSpan? TimeOnPage,
    string ClientAddress) : IRequest<SubmittedComment>;

/// <summary><paramref name="Status"/> is "approved" when it is shown at once, otherwise "pending" (spam is not told apart).</summary>
public sealed record SubmittedComment(Guid Id, string Status);

using MediatR;

namespace CoachingPlatform.Community.Contracts;

/// <summary>A reader reports a visible comment; a second report from the same address counts once.</summary>
public sealed record ReportComment(Guid CommentId, string? Reason, string ClientAddress) : IRequest<Unit>;

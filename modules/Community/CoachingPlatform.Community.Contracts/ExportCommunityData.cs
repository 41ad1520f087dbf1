using MediatR;

namespace CoachingPlatform.Community.Contracts;

/// <summary>The comments written with this address, for the writer's "My data" download.</summary>
public sealed record ExportCommunityData(string Email) : IRequest<IReadOnlyList<CommentExport>>;

public sealed record CommentExport(Guid Id, string ArticleTitle, string AuthorName, string Body, string Status, DateTime PostedAt);

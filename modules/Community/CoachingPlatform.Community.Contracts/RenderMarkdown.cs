using MediatR;

namespace CoachingPlatform.Community.Contracts;

/// <summary>Markdown as an article would show it (sanitized HTML), for the editor's preview.</summary>
public sealed record RenderMarkdown(string Markdown) : IRequest<string>;

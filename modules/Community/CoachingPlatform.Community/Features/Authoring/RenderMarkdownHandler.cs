using CoachingPlatform.Community.Contracts;
using CoachingPlatform.Community.Domain;
using CoachingPlatform.Community.Rendering;
using FluentValidation;
using MediatR;

namespace CoachingPlatform.Community.Features.Authoring;

internal sealed class RenderMarkdownValidator : AbstractValidator<RenderMarkdown>
{
    public RenderMarkdownValidator() => RuleFor(r => r.Markdown).NotNull().MaximumLength(Article.BodyMaxLength);
}

internal sealed class RenderMarkdownHandler(ArticleRenderer renderer) : IRequestHandler<RenderMarkdown, string>
{
    public Task<string> Handle(RenderMarkdown request, CancellationToken cancellationToken) => Task.FromResult(renderer.ToHtml(request.Markdown));
}

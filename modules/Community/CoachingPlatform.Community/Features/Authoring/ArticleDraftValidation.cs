using CoachingPlatform.Community.Domain;
using FluentValidation;

namespace CoachingPlatform.Community.Features.Authoring;

/// <summary>The rules a title and a body follow, whether an article is written or revised.</summary>
internal static class ArticleDraftValidation
{
    public static void TitleRules<T>(IRuleBuilder<T, string?> title) =>
        title.Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("An article needs a title.")
            .MaximumLength(Article.TitleMaxLength)
            .Must(t => t is null || Slugs.From(t).Length > 0).WithMessage("A title needs at least one letter or digit to give the article an address.");

    public static void BodyRules<T>(IRuleBuilder<T, string?> body) =>
        body.Must(b => !string.IsNullOrWhiteSpace(b)).WithMessage("An article needs a body.")
            .MaximumLength(Article.BodyMaxLength);
}

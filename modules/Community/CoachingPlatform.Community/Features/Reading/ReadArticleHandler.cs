using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Community.Contracts;
using CoachingPlatform.Community.Domain;
using CoachingPlatform.Community.Persistence;
using CoachingPlatform.Community.Rendering;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Community.Features.Reading;

internal sealed class ReadArticleValidator : AbstractValidator<ReadArticle>
{
    public ReadArticleValidator() => RuleFor(r => r.Page).GreaterThanOrEqualTo(1);
}

/// <summary>The article page: pages through top-level comments and loads their whole threads, three queries whatever the page holds.</summary>
internal sealed class ReadArticleHandler(CommunityDbContext db, ArticleRenderer renderer, IOptions<CommunityOptions> options, ReaderCache cache)
    : IRequestHandler<ReadArticle, ArticleForReaders>
{
    public Task<ArticleForReaders> Handle(ReadArticle request, CancellationToken cancellationToken) =>
        cache.GetOrReadAsync(nameof(ReadArticle), request.Slug, request.Page, ReadArticle.ThreadsPerPage, () => ReadAsync(request, cancellationToken));

    private async Task<ArticleForReaders> ReadAsync(ReadArticle request, CancellationToken cancellationToken)
    {
        var hideAfter = options.Value.HideAfterReports;
        var visible = db.VisibleComments(hideAfter).AsNoTracking();
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Slug == request.Slug && a.PublishedAt != null)
            .Select(a => new { a.Id, a.Slug, a.Title, a.Body, PublishedAt = a.PublishedAt!.Value, CommentCount = visible.Count(c => c.ArticleId == a.Id) })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("article", request.Slug);

        IReadOnlyList<ThreadedComment> comments = [];
        var hasMore = false;
        if (CommentQueries.Skip(request.Page, ReadArticle.ThreadsPerPage) is { } skip)
        {
            var roots = await visible
                .Where(c => c.ArticleId == article.Id && c.ParentId == null)
                .OrderBy(c => c.PostedAt).ThenBy(c => c.Id)
                .Skip(skip).Take(ReadArticle.ThreadsPerPage + 1)
                .Select(c => c.Id)
                .ToListAsync(cancellationToken);
            hasMore = roots.Count > ReadArticle.ThreadsPerPage;
            roots = roots.Take(ReadArticle.ThreadsPerPage).ToList();

            var rows = await db.Comments.AsNoTracking()
                .Where(c => roots.Contains(c.ThreadId) && c.Status == CommentStatus.Approved)
                .Select(c => new ThreadRow(c.Id, c.ParentId, c.ThreadId, c.AuthorName, c.Body, c.PostedAt,
                    db.Reports.Count(r => r.CommentId == c.Id && r.ReportedAt > c.StatusChangedAt) >= hideAfter))
                .ToListAsync(cancellationToken);
            comments = CommentThreads.Arrange(roots, rows);
        }

        return new ArticleForReaders(article.Slug, article.Title, renderer.ToHtml(article.Body), article.PublishedAt,
            article.CommentCount, comments, request.Page, hasMore);
    }
}

using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.BuildingBlocks.Validation;
using CoachingPlatform.Community.Contracts;
using CoachingPlatform.Community.Domain;
using CoachingPlatform.Community.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Community.Features.Commenting;

internal sealed class SubmitCommentValidator : AbstractValidator<SubmitComment>
{
    public SubmitCommentValidator()
    {
        RuleFor(r => r.AuthorName!).ValidName(Comment.AuthorNameMaxLength)
            .WithMessage($"Please give a name to show with your comment, at most {Comment.AuthorNameMaxLength} characters.");
        RuleFor(r => r.Email!).ValidEmail().WithMessage("This does not look like an email address.")
            .MaximumLength(Comment.EmailMaxLength);
        RuleFor(r => r.Body!).Cascade(CascadeMode.Stop).ValidFreeText(Comment.BodyMaxLength)
            .WithMessage($"A comment needs {Comment.BodyMinLength} to {Comment.BodyMaxLength:N0} characters.")
            .Must(b => PlainText.FreeText(b).ReplaceLineEndings("\n").Length >= Comment.BodyMinLength)
            .WithMessage($"A comment needs {Comment.BodyMinLength} to {Comment.BodyMaxLength:N0} characters.");
    }
}

/// <summary>
/// Screens a new comment and stores it with the spam filter's verdict as its first recorded decision. A
/// comment approved at once (a returning commenter with a low score) raises <see cref="CommentApproved"/>.
/// </summary>
internal sealed class SubmitCommentHandler(CommunityDbContext db, SpamScorer scorer, IOptions<CommunityOptions> options, TimeProvider clock)
    : IRequestHandler<SubmitComment, SubmittedComment>
{
    public async Task<SubmittedComment> Handle(SubmitComment request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Slug == request.Slug && a.PublishedAt != null)
            .Select(a => new { a.Id, a.Slug, a.Title })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("article", request.Slug);

        Comment? parent = null;
        if (request.ParentId is { } parentId)
        {
            parent = await db.VisibleComments(options.Value.HideAfterReports)
                .SingleOrDefaultAsync(c => c.Id == parentId && c.ArticleId == article.Id, cancellationToken)
                ?? throw new NotFoundException("comment", parentId);
        }

        var addressHash = ClientAddresses.Hash(request.ClientAddress);
        var comment = Comment.Post(article.Id, parent, request.AuthorName!, request.Email!, request.Body!, addressHash, now);
        var signals = await SignalsAsync(comment, request, now, cancellationToken);
        var verdict = scorer.Score(signals);
        comment.Screen(verdict, scorer.Classify(verdict, await IsReturningAsync(comment, cancellationToken)));

        db.Comments.Add(comment);
        db.Decisions.Add(ModerationDecision.Screening(comment, now));
        if (comment.Status == CommentStatus.Approved)
        {
            db.Outbox.Add(OutboxMessage.From(CommentEvents.Approved(comment, article.Slug, article.Title, now), now));
        }

        await db.SaveChangesAsync(cancellationToken);

        // Spam is answered like any comment in moderation: nothing tells a spammer what the filter caught.
        return new SubmittedComment(comment.Id, comment.Status == CommentStatus.Approved ? "approved" : "pending");
    }

    private async Task<SpamSignals> SignalsAsync(Comment comment, SubmitComment request, DateTime now, CancellationToken cancellationToken)
    {
        var floodSince = now.AddMinutes(-options.Value.FloodWindowMinutes);
        var recent = await db.Comments.CountAsync(c => c.AddressHash == comment.AddressHash && c.PostedAt > floodSince, cancellationToken);
        var repeats = await db.Comments.AnyAsync(c => c.Body == comment.Body, cancellationToken);
        return new SpamSignals(comment.AuthorName, comment.Body, !string.IsNullOrWhiteSpace(request.Honeypot), request.TimeOnPage, recent, repeats);
    }

    /// <summary>Someone with an approved comment under the same name and email.</summary>
    private Task<bool> IsReturningAsync(Comment comment, CancellationToken cancellationToken)
    {
        var email = comment.Email.ToLowerInvariant();
        var name = comment.AuthorName.ToLowerInvariant();
        return db.Comments.AnyAsync(
            c => c.Status == CommentStatus.Approved && c.Email.ToLower() == email && c.AuthorName.ToLower() == name,
            cancellationToken);
    }
}

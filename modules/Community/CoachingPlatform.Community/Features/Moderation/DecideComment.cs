using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.Community.Domain;
using CoachingPlatform.Community.Persistence;
using CoachingPlatform.Identity.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Community.Features.Moderation;

/// <summary>
/// An admin approves, rejects or marks a comment as spam. With <paramref name="Version"/> (the version the
/// admin saw) a decision made on a stale view is refused; two decisions racing on the same comment are
/// settled by the concurrency token: one wins, the other is a 409 carrying the comment as it now stands.
/// </summary>
internal sealed record DecideComment(Guid CommentId, string? Decision, Guid? Version, Guid ModeratorId) : IRequest<DecisionResult>
{
    public static readonly IReadOnlyDictionary<string, CommentStatus> Decisions = new Dictionary<string, CommentStatus>
    {
        ["approve"] = CommentStatus.Approved,
        ["reject"] = CommentStatus.Rejected,
        ["spam"] = CommentStatus.Spam,
    };
}

internal sealed record DecisionResult(Guid Id, string Status, Guid Version);

internal sealed class DecideCommentValidator : AbstractValidator<DecideComment>
{
    public DecideCommentValidator() =>
        RuleFor(r => r.Decision).Must(d => d is not null && DecideComment.Decisions.ContainsKey(d))
            .WithMessage("The decision is approve, reject or spam.");
}

internal sealed class DecideCommentHandler(CommunityDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<DecideComment, DecisionResult>
{
    public async Task<DecisionResult> Handle(DecideComment request, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.FindAsync([request.CommentId], cancellationToken)
            ?? throw new NotFoundException("comment", request.CommentId);
        if (request.Version is { } seen && seen != comment.Version)
        {
            throw Stale(Result(comment));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var to = DecideComment.Decisions[request.Decision!];
        var moderator = await mediator.Send(new GetUserContact(request.ModeratorId), cancellationToken);
        var from = comment.Decide(to, now);
        db.Decisions.Add(ModerationDecision.Made(comment.Id, from, to, request.ModeratorId, moderator?.DisplayName ?? "an admin", now));
        if (to == CommentStatus.Approved && from != CommentStatus.Approved)
        {
            var article = await db.Articles.AsNoTracking().Where(a => a.Id == comment.ArticleId).Select(a => new { a.Slug, a.Title }).SingleAsync(cancellationToken);
            db.Outbox.Add(OutboxMessage.From(CommentEvents.Approved(comment, article.Slug, article.Title, now), now));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Comments.AsNoTracking()
                .Where(c => c.Id == request.CommentId)
                .Select(c => new DecisionResult(c.Id, CommentQueries.NameOf(c.Status), c.Version))
                .SingleAsync(CancellationToken.None);
            throw Stale(current);
        }

        return Result(comment);
    }

    private static DecisionResult Result(Comment comment) => new(comment.Id, CommentQueries.NameOf(comment.Status), comment.Version);

    private static ConflictException Stale(DecisionResult current) =>
        new("Another moderator decided on this comment first. Here it is as it stands now.", current);
}

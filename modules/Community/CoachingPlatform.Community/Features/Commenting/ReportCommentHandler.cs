using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Validation;
using CoachingPlatform.Community.Contracts;
using CoachingPlatform.Community.Domain;
using CoachingPlatform.Community.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Community.Features.Commenting;

internal sealed class ReportCommentValidator : AbstractValidator<ReportComment>
{
    public ReportCommentValidator() =>
        RuleFor(r => r.Reason!).ValidFreeText(CommentReport.ReasonMaxLength).WithName("Reason")
            .WithMessage($"Please say what is wrong with this comment, in at most {CommentReport.ReasonMaxLength} characters.");
}

/// <summary>
/// Records a reader's report on a visible comment. Reports since the last decision count towards hiding
/// it; a second report from the same address changes nothing, so one reader cannot hide a comment alone.
/// </summary>
internal sealed class ReportCommentHandler(CommunityDbContext db, IOptions<CommunityOptions> options, TimeProvider clock)
    : IRequestHandler<ReportComment, Unit>
{
    public async Task<Unit> Handle(ReportComment request, CancellationToken cancellationToken)
    {
        if (!await db.VisibleComments(options.Value.HideAfterReports).AnyAsync(c => c.Id == request.CommentId, cancellationToken))
        {
            throw new NotFoundException("comment", request.CommentId);
        }

        var addressHash = ClientAddresses.Hash(request.ClientAddress);
        if (await db.Reports.AnyAsync(r => r.CommentId == request.CommentId && r.AddressHash == addressHash, cancellationToken))
        {
            return Unit.Value;
        }

        db.Reports.Add(CommentReport.Make(request.CommentId, request.Reason!, addressHash, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same reader's report arrived twice at once: the unique index kept one, which is all we want.
            if (!await db.Reports.AsNoTracking().AnyAsync(r => r.CommentId == request.CommentId && r.AddressHash == addressHash, CancellationToken.None))
            {
                throw;
            }
        }

        return Unit.Value;
    }
}

using CoachingPlatform.Identity.Contracts;
using CoachingPlatform.Identity.Domain;
using CoachingPlatform.Identity.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Identity.Features.Audit;

internal sealed class RecordAuditHandler(IdentityDbContext db, TimeProvider clock) : IRequestHandler<RecordAudit, Unit>
{
    public async Task<Unit> Handle(RecordAudit request, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(AuditEntry.Record(request.ActorId, request.ActorRole, request.Action, request.Target, request.Status, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>The audit log for admins, newest first, a page at a time, with the actor's address.</summary>
internal sealed record ListAudit(int Page, int PageSize) : IRequest<IReadOnlyList<AuditLine>>;

internal sealed record AuditLine(Guid Id, DateTime At, Guid ActorId, string? ActorEmail, string ActorRole, string Action, string? Target, int Status);

internal sealed class ListAuditValidator : AbstractValidator<ListAudit>
{
    public ListAuditValidator()
    {
        RuleFor(r => r.Page).InclusiveBetween(1, 10_000);
        RuleFor(r => r.PageSize).InclusiveBetween(1, 200);
    }
}

internal sealed class ListAuditHandler(IdentityDbContext db) : IRequestHandler<ListAudit, IReadOnlyList<AuditLine>>
{
    public async Task<IReadOnlyList<AuditLine>> Handle(ListAudit request, CancellationToken cancellationToken) =>
        await (from entry in db.AuditEntries.AsNoTracking()
               join user in db.Users.AsNoTracking() on entry.ActorId equals user.Id into actors
               from actor in actors.DefaultIfEmpty()
               orderby entry.At descending, entry.Id descending
               select new AuditLine(entry.Id, entry.At, entry.ActorId, actor == null ? null : actor.Email, entry.ActorRole, entry.Action, entry.Target, entry.Status))
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .ToListAsync(cancellationToken);
}

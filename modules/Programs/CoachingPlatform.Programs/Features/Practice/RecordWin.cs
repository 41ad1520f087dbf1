using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Practice;

internal sealed record RecordWin(Guid ClientId, string Text) : IRequest<Guid>;

internal sealed class RecordWinValidator : AbstractValidator<RecordWin>
{
    public RecordWinValidator() => RuleFor(r => r.Text).NotEmpty().MaximumLength(Win.MaxLength).WithName("Your win");
}

internal sealed class RecordWinHandler(ProgramsDbContext db, TimeProvider clock) : IRequestHandler<RecordWin, Guid>
{
    public async Task<Guid> Handle(RecordWin request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var win = Win.Record(request.ClientId, request.Text, now);
        db.Wins.Add(win);
        await db.SaveWithClientActivityAsync(request.ClientId, now, cancellationToken);
        return win.Id;
    }
}

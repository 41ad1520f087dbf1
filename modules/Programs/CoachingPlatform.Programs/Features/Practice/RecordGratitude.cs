using CoachingPlatform.BuildingBlocks.Mediation;
using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Practice;

/// <summary>
/// Today's three gratitudes, in the client's own time zone; writing again today replaces them. Two first
/// writes of a day at once meet at the unique day index, and the loser is retried as a revision.
/// </summary>
internal sealed record RecordGratitude(Guid ClientId, IReadOnlyList<string>? Items) : IRequest<GratitudeView>, IRetryOnConflict;

internal sealed class RecordGratitudeValidator : AbstractValidator<RecordGratitude>
{
    public RecordGratitudeValidator()
    {
        RuleFor(r => r.Items).Cascade(CascadeMode.Stop).NotNull().Must(i => i!.Count == GratitudeEntry.ItemsPerDay)
            .WithMessage($"Write exactly {GratitudeEntry.ItemsPerDay} things you are grateful for.");
        RuleForEach(r => r.Items).NotEmpty().MaximumLength(300).WithName("Each of the three things");
    }
}

internal sealed class RecordGratitudeHandler(ProgramsDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<RecordGratitude, GratitudeView>
{
    public async Task<GratitudeView> Handle(RecordGratitude request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = (await db.PreferencesOfAsync(request.ClientId, cancellationToken)).Today(now);
        var entry = await db.Gratitude.SingleOrDefaultAsync(g => g.ClientId == request.ClientId && g.Day == today, cancellationToken);
        if (entry is null)
        {
            db.Gratitude.Add(GratitudeEntry.Record(request.ClientId, today, request.Items!, now));
        }
        else
        {
            entry.Revise(request.Items!, now);
        }

        await db.SaveWithClientActivityAsync(request.ClientId, now, cancellationToken);
        return await mediator.Send(new GetGratitude(request.ClientId), cancellationToken);
    }
}

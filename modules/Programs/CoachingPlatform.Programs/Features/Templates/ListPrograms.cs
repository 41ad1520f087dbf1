using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Templates;

/// <summary>The built-in templates first, then the coach's own programs.</summary>
internal sealed record ListPrograms(Guid CoachId) : IRequest<IReadOnlyList<ProgramListItem>>;

internal sealed class ListProgramsHandler(ProgramsDbContext db) : IRequestHandler<ListPrograms, IReadOnlyList<ProgramListItem>>
{
    // Compiled once: the coach's program list is one of the hottest reads, so EF skips walking the query each time.
    private static readonly Func<ProgramsDbContext, Guid, IAsyncEnumerable<ProgramListItem>> ProgramsOf =
        EF.CompileAsyncQuery((ProgramsDbContext db, Guid coachId) => db.Programs.AsNoTracking()
            .Where(p => p.OwnerCoachId == null || p.OwnerCoachId == coachId)
            // The built-ins are seeded in one instant, so the title keeps their order from changing between seedings.
            .OrderBy(p => p.OwnerCoachId == null ? 0 : 1).ThenBy(p => p.CreatedAt).ThenBy(p => p.Title)
            .Take(200)
            .Select(p => new ProgramListItem(p.Id, p.Title, p.Summary, p.Steps.Count, p.OwnerCoachId == null)));

    public async Task<IReadOnlyList<ProgramListItem>> Handle(ListPrograms request, CancellationToken cancellationToken)
    {
        var programs = new List<ProgramListItem>();
        await foreach (var program in ProgramsOf(db, request.CoachId).WithCancellation(cancellationToken))
        {
            programs.Add(program);
        }

        return programs;
    }
}

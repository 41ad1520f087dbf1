using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.Programs.Integration;
using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Templates;

/// <summary>The built-in templates first, then the coach's own programs.</summary>
internal sealed record ListPrograms(Guid CoachId) : IRequest<IReadOnlyList<ProgramListItem>>;

/// <summary>
/// One compiled query, kept (<see cref="ViewCache"/>) under <see cref="ProgressVersion"/>, which every save of
/// a program or a step moves on: a program saved on this node shows on the coach's next read.
/// </summary>
internal sealed class ListProgramsHandler(ProgramsDbContext db, ViewCache cache, ProgressVersion version)
    : IRequestHandler<ListPrograms, IReadOnlyList<ProgramListItem>>
{
    private static readonly Func<ProgramsDbContext, Guid, IAsyncEnumerable<ProgramListItem>> ProgramsOf =
        EF.CompileAsyncQuery((ProgramsDbContext db, Guid coachId) => db.Programs.AsNoTracking()
            .Where(p => p.OwnerCoachId == null || p.OwnerCoachId == coachId)
            // The built-ins are seeded in one instant, so the title keeps their order from changing between seedings.
            .OrderBy(p => p.OwnerCoachId == null ? 0 : 1).ThenBy(p => p.CreatedAt).ThenBy(p => p.Title)
            .Take(200)
            .Select(p => new ProgramListItem(p.Id, p.Title, p.Summary, p.Steps.Count, p.OwnerCoachId == null)));

    public Task<IReadOnlyList<ProgramListItem>> Handle(ListPrograms request, CancellationToken cancellationToken) =>
        cache.GetOrReadAsync(new Key(request.CoachId, version.Current), () => ReadAsync(request.CoachId, cancellationToken));

    private async Task<IReadOnlyList<ProgramListItem>> ReadAsync(Guid coachId, CancellationToken cancellationToken)
    {
        var programs = new List<ProgramListItem>();
        await foreach (var program in ProgramsOf(db, coachId).WithCancellation(cancellationToken))
        {
            programs.Add(program);
        }

        return programs;
    }

    private sealed record Key(Guid CoachId, long Version);
}

using CoachingPlatform.Programs.Persistence;
using MediatR;

namespace CoachingPlatform.Programs.Features.Practice;

internal sealed record GetPreferences(Guid ClientId) : IRequest<PreferencesView>;

internal sealed class GetPreferencesHandler(ProgramsDbContext db) : IRequestHandler<GetPreferences, PreferencesView>
{
    public async Task<PreferencesView> Handle(GetPreferences request, CancellationToken cancellationToken) =>
        PreferencesView.From(await db.PreferencesOfAsync(request.ClientId, cancellationToken));
}

using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.Programs.Contracts;
using CoachingPlatform.Programs.Domain;
using MediatR;

namespace CoachingPlatform.Programs.Integration;

/// <summary>
/// Moved on by every save of what a client's progress and their portal's list are made of (<see cref="Counts"/>):
/// assignments and completions, wins, gratitude, support requests, time zones, and the programs and steps.
/// </summary>
internal sealed class ProgressVersion : ChangeVersion
{
    public static bool Counts(object entity) =>
        entity is Assignment or StepCompletion or Win or GratitudeEntry or SupportRequest or ClientPreferences or TrustProgram or ProgramStep;
}

internal sealed class GetProgressVersionHandler(ProgressVersion version) : IRequestHandler<GetProgressVersion, long>
{
    public Task<long> Handle(GetProgressVersion request, CancellationToken cancellationToken) => Task.FromResult(version.Current);
}

using MediatR;

namespace CoachingPlatform.Assessments.Contracts;

/// <summary>
/// For each client (the keys of <paramref name="SharedSince"/>) who took the Wheel of Life between
/// <paramref name="From"/> and <paramref name="To"/>: their latest result in that window compared with the
/// one before it. Results older than the client's <paramref name="SharedSince"/> are not used, so a coach
/// never learns what the client recorded before their relationship began. Notes are never included.
/// </summary>
public sealed record GetWheelChanges(IReadOnlyDictionary<Guid, DateTime> SharedSince, DateTime From, DateTime To)
    : IRequest<IReadOnlyList<WheelChange>>;

/// <summary><paramref name="PreviousAverage"/> is null for a first result; <paramref name="Areas"/> lists the areas whose score moved.</summary>
public sealed record WheelChange(Guid ClientId, DateTime TakenAt, double Average, double? PreviousAverage, IReadOnlyList<AreaChange> Areas);

public sealed record AreaChange(string Area, int From, int To);

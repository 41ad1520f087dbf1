using MediatR;

namespace CoachingPlatform.Programs.Contracts;

/// <summary>
/// Progress of a coach's clients on the programs that coach assigned, for the dashboard. Wins and the
/// gratitude practice count from each client's <paramref name="SharedSince"/> on (when the relationship began).
/// </summary>
public sealed record GetClientsProgress(Guid CoachId, IReadOnlyCollection<Guid> ClientIds, IReadOnlyDictionary<Guid, DateTime> SharedSince)
    : IRequest<IReadOnlyList<ClientProgress>>;

public sealed record ClientProgress(
    Guid ClientId,
    int Assignments,
    int CompletedSteps,
    int TotalSteps,
    int Percent,
    DateTime? LastActivityAt,
    int Wins,
    int GratitudeStreak,
    int OpenSupportRequests,
    IReadOnlyList<ProgramProgress> Programs);

/// <summary>One assigned program's progress: programs are never pooled into one percentage.</summary>
public sealed record ProgramProgress(Guid AssignmentId, string ProgramTitle, int CompletedSteps, int TotalSteps, int Percent, DateTime? CompletedAt);

/// <summary>
/// A number that moves on, on this node, with every saved change to what <see cref="GetClientsProgress"/>
/// reports (assignments, completions, wins, gratitude, support requests, time zones) and to the programs and
/// their steps: a view built from them may be kept while it stands still. Another node's changes do not move it.
/// </summary>
public sealed record GetProgressVersion : IRequest<long>;

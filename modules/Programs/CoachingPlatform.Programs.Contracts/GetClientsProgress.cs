using MediatR;

namespace CoachingPlatform.Programs.Contracts;

/// <summary>Progress of a coach's clients on the programs that coach assigned, for the dashboard.</summary>
public sealed record GetClientsProgress(Guid CoachId, IReadOnlyCollection<Guid> ClientIds) : IRequest<IReadOnlyList<ClientProgress>>;

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

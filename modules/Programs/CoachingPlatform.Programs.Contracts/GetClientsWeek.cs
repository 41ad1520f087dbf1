using MediatR;

namespace CoachingPlatform.Programs.Contracts;

/// <summary>
/// What each of a coach's clients did between <paramref name="From"/> and <paramref name="To"/> on the programs
/// that coach assigned, for the coach's weekly digest. Wins count only from each client's
/// <paramref name="SharedSince"/> on (its keys are the clients asked about).
/// </summary>
public sealed record GetClientsWeek(Guid CoachId, IReadOnlyDictionary<Guid, DateTime> SharedSince, DateTime From, DateTime To)
    : IRequest<IReadOnlyList<ClientWeek>>;

/// <summary>
/// <paramref name="SupportRequests"/> were raised in the window; <paramref name="OpenSupportRequests"/> are still
/// open now; <paramref name="GratitudeStreak"/> is the current run of days with the gratitude practice.
/// </summary>
public sealed record ClientWeek(
    Guid ClientId, IReadOnlyList<CompletedStep> StepsCompleted, int Wins, int GratitudeStreak, int SupportRequests, int OpenSupportRequests);

public sealed record CompletedStep(string ProgramTitle, int Order, string StepTitle, DateTime CompletedAt);

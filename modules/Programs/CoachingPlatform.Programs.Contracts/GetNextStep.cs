using MediatR;

namespace CoachingPlatform.Programs.Contracts;

/// <summary>
/// The first open step of the client's most recently active unfinished program, or null when there is none.
/// Only for the client's own eyes (the newsletter shows it to a subscriber who is this client and asked for it).
/// </summary>
public sealed record GetNextStep(Guid ClientId) : IRequest<NextStep?>;

/// <summary><paramref name="AvailableFrom"/> is when a paced step unlocks (the assignment's start when it is not paced).</summary>
public sealed record NextStep(Guid AssignmentId, Guid StepId, string ProgramTitle, int Order, int TotalSteps, string StepTitle, DateTime AvailableFrom);

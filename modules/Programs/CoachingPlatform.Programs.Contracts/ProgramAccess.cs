using MediatR;

namespace CoachingPlatform.Programs.Contracts;

/// <summary>True when the coach may open the program: a built-in one or their own. Pages ask before they render.</summary>
public sealed record CoachSeesProgram(Guid CoachId, Guid ProgramId) : IRequest<bool>;

/// <summary>True when the step belongs to one of the client's own assignments. Pages ask before they render.</summary>
public sealed record ClientHasStep(Guid ClientId, Guid AssignmentId, Guid StepId) : IRequest<bool>;

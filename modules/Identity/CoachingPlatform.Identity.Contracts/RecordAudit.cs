using MediatR;

namespace CoachingPlatform.Identity.Contracts;

/// <summary>Writes one line of the audit log: a change a coach or an admin made, and its outcome (HTTP status).</summary>
public sealed record RecordAudit(Guid ActorId, string ActorRole, string Action, string? Target, int Status) : IRequest;

using MediatR;

namespace CoachingPlatform.Clients.Contracts;

/// <summary>The coach's client with this id, or null when the person is not this coach's client.</summary>
public sealed record GetCoachClient(Guid CoachId, Guid ClientId) : IRequest<CoachClientSummary?>;

/// <summary>
/// <paramref name="SharedSince"/>: the coach sees what the client recorded from this moment on (wins,
/// assessments, practice); what the client recorded before, e.g. with another coach, stays private.
/// </summary>
public sealed record CoachClientSummary(Guid ClientId, Guid CoachId, string Email, string DisplayName, DateTime SharedSince);

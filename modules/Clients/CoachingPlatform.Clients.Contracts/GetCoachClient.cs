using MediatR;

namespace CoachingPlatform.Clients.Contracts;

/// <summary>The coach's client with this id, or null when the person is not this coach's client.</summary>
public sealed record GetCoachClient(Guid CoachId, Guid ClientId) : IRequest<CoachClientSummary?>;

public sealed record CoachClientSummary(Guid ClientId, Guid CoachId, string Email, string DisplayName);

using MediatR;

namespace CoachingPlatform.Clients.Contracts;

/// <summary>
/// Every coach with at least one active client, for jobs that go through each coach in turn. It answers ids
/// only, one per coach, so even a large practice's list stays small.
/// </summary>
public sealed record ListCoachesWithClients : IRequest<IReadOnlyList<Guid>>;

/// <summary>The coach's active clients (invited ones that have not joined yet are left out), by name.</summary>
public sealed record ListActiveClients(Guid CoachId) : IRequest<IReadOnlyList<CoachClientSummary>>;

using MediatR;

namespace CoachingPlatform.Clients.Contracts;

/// <summary>The coaches a person is a client of (a person may work with more than one).</summary>
public sealed record GetClientCoaches(Guid ClientId) : IRequest<IReadOnlyList<Guid>>;

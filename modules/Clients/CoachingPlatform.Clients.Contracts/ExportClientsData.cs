using MediatR;

namespace CoachingPlatform.Clients.Contracts;

/// <summary>The coaches a person is (or was invited to be) a client of, for their "My data" download.</summary>
public sealed record ExportClientsData(Guid ClientId) : IRequest<IReadOnlyList<CoachRelationshipExport>>;

public sealed record CoachRelationshipExport(Guid CoachId, string NameGiven, string EmailGiven, DateTime InvitedAt, DateTime? JoinedAt);

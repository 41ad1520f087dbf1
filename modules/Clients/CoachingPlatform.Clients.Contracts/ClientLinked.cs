namespace CoachingPlatform.Clients.Contracts;

/// <summary>
/// The owner of an existing account accepted a coach. Until then the coach knew the client by a stand-in id
/// (<paramref name="FormerClientId"/>); what the coach prepared under it now belongs to <paramref name="ClientId"/>.
/// </summary>
public sealed record ClientLinked(Guid CoachId, Guid FormerClientId, Guid ClientId, DateTime LinkedAt);

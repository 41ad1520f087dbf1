using MediatR;

namespace CoachingPlatform.Identity.Contracts;

/// <summary>What an invitation link is worth now: "valid", "used", "expired", "revoked" or "unknown".</summary>
public sealed record CheckInvitation(string Token) : IRequest<InvitationCheck>;

/// <summary><paramref name="Email"/> is given only for a valid link, to show whose account is being set up.</summary>
public sealed record InvitationCheck(string Status, string? Email);

/// <summary>Mails the account a fresh set-password link; the earlier links stop working. 409 once it has a password.</summary>
public sealed record ResendInvitation(Guid UserId, string Role, string InvitedBy) : IRequest<Unit>;

/// <summary>
/// Stops the account's open links. The account loses <paramref name="Role"/> and is removed if nothing else is
/// left of it. 409 once it has a password: then the person has already joined.
/// </summary>
public sealed record RevokeInvitation(Guid UserId, string Role) : IRequest<Unit>;

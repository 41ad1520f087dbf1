using MediatR;

namespace CoachingPlatform.Identity.Contracts;

/// <summary>
/// Creates an account in <paramref name="Role"/> without a password and mails a one-time link to set one.
/// An existing account is reused (it gains the role; it is mailed again only if it never set a password).
/// </summary>
public sealed record InviteUser(string Email, string DisplayName, string Role, string InvitedBy) : IRequest<InvitedUser>;

/// <summary><paramref name="CanSignIn"/>: the account already has a password, so no set-password link was mailed.</summary>
public sealed record InvitedUser(Guid UserId, bool IsNew, bool CanSignIn);

namespace CoachingPlatform.Identity.Contracts;

/// <summary>An invited person set their password and can now sign in.</summary>
public sealed record InvitationAccepted(Guid UserId, string Email, DateTime AcceptedAt);

namespace CoachingPlatform.Identity.Contracts;

/// <summary>
/// A client erased their account: sign-in is disabled and every module removes or anonymizes what it holds
/// about them. Carries the address and name they had, as modules may know them by either.
/// </summary>
public sealed record AccountErased(Guid UserId, string Email, string DisplayName, DateTime ErasedAt);

using MediatR;

namespace CoachingPlatform.Identity.Contracts;

/// <summary>
/// Checks a password and signs in: with the application cookie for pages, else by writing a bearer token.
/// <paramref name="NetworkAddress"/> is the caller's address, which failed attempts slow down as well.
/// </summary>
public sealed record SignInWithPassword(string Email, string Password, bool UseCookies, string? NetworkAddress) : IRequest<SignInOutcome>;

/// <summary><paramref name="RetryAfter"/>: too many failures; nothing was checked and the caller must wait this long.</summary>
public sealed record SignInOutcome(bool Succeeded, IReadOnlyList<string> Roles, TimeSpan? RetryAfter);

/// <summary>Lifts the wait on an account's sign-in with the link mailed to its owner; false for an unknown or used link.</summary>
public sealed record UnlockSignIn(string Token) : IRequest<bool>;

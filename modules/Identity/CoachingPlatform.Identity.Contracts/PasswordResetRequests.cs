using MediatR;

namespace CoachingPlatform.Identity.Contracts;

/// <summary>Mails a single-use, expiring link when an account with a password has this address; silent otherwise.</summary>
public sealed record RequestPasswordReset(string Email) : IRequest<Unit>;

/// <summary>Sets a new password from the link's token; a used, expired or unknown token is a validation error on "token".</summary>
public sealed record ResetPassword(string Token, string Password) : IRequest<Unit>;

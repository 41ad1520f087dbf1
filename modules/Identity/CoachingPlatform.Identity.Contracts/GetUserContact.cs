using MediatR;

namespace CoachingPlatform.Identity.Contracts;

/// <summary>An account's address and name, e.g. to mail a coach; null when there is no such account.</summary>
public sealed record GetUserContact(Guid UserId) : IRequest<UserContact?>;

public sealed record UserContact(Guid Id, string Email, string DisplayName, bool HasPassword);

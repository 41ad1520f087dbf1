using MediatR;

namespace CoachingPlatform.Identity.Contracts;

/// <summary>The account registered under an address, or null; for decisions that must not be shown to the asker.</summary>
public sealed record FindAccount(string Email) : IRequest<AccountOverview?>;

/// <summary><paramref name="IsStaff"/>: the account is an admin or a coach, so it cannot become a client.</summary>
public sealed record AccountOverview(Guid Id, string Email, string DisplayName, bool IsStaff);

using MediatR;

namespace CoachingPlatform.Identity.Contracts;

public sealed record FindUserByEmail(string Email) : IRequest<UserContact?>;

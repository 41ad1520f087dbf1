using MediatR;

namespace CoachingPlatform.Identity.Contracts;

/// <summary>
/// Gives an existing account the Client role once its owner accepted a coach; false when there is no such
/// account or it belongs to staff.
/// </summary>
public sealed record MakeClient(Guid UserId) : IRequest<bool>;

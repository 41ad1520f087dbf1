using MediatR;

namespace CoachingPlatform.Subscriptions.Contracts;

/// <summary>
/// Asks for the digest ("weekly" or "daily"); a confirmation link is mailed. Nothing is returned on purpose:
/// the caller must not learn whether the address was already subscribed.
/// </summary>
public sealed record SubscribeToNewsletter(string Email, string Frequency) : IRequest;

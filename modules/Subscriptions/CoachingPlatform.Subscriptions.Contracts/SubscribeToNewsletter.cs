using MediatR;

namespace CoachingPlatform.Subscriptions.Contracts;

/// <summary>
/// Subscribes an address to the digest for pages that post a plain form; exactly what
/// <c>POST /api/subscriptions</c> does, and like it never tells whether the address was known.
/// </summary>
public sealed record SubscribeToNewsletter(string? Email, string? Frequency) : IRequest;

using MediatR;

namespace CoachingPlatform.Subscriptions.Contracts;

/// <summary>Confirms a subscription with the token from its confirmation mail; confirming twice is harmless.</summary>
public sealed record ConfirmNewsletter(string Token) : IRequest<ConfirmedNewsletter>;

public sealed record ConfirmedNewsletter(string Email, string Frequency);

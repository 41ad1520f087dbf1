using MediatR;

namespace CoachingPlatform.Subscriptions.Contracts;

/// <summary>The newsletter subscription of this address, if any, for its owner's "My data" download.</summary>
public sealed record ExportSubscriptionData(string Email) : IRequest<SubscriptionExport?>;

public sealed record SubscriptionExport(string Email, string Frequency, DateTime SubscribedAt, DateTime? ConfirmedAt);

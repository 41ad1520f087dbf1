using MediatR;

namespace CoachingPlatform.Subscriptions.Contracts;

/// <summary>The subscription a preferences link (from any digest or confirmation) belongs to.</summary>
public sealed record GetNewsletterPreferences(string Token) : IRequest<NewsletterPreferences>;

/// <summary>
/// Changes frequency and pause, and for a subscriber who is a client whether their next program step opens
/// the digest; a null <paramref name="Paused"/> or <paramref name="ShowNextStep"/> keeps it as it is.
/// </summary>
public sealed record UpdateNewsletterPreferences(string Token, string Frequency, bool? Paused, bool? ShowNextStep = null) : IRequest<NewsletterPreferences>;

/// <summary>Ends the subscription; unsubscribing twice is harmless. Needs no sign-in (RFC 8058 one-click).</summary>
public sealed record UnsubscribeFromNewsletter(string Token) : IRequest<NewsletterPreferences>;

/// <summary>
/// <paramref name="Status"/> is "pending" (not confirmed yet), "subscribed" or "unsubscribed".
/// <paramref name="IsClient"/>: the address belongs to a client of the practice, who may ask for
/// <paramref name="ShowNextStep"/> (their next program step at the top of each digest).
/// </summary>
public sealed record NewsletterPreferences(string Email, string Frequency, bool Paused, string Status, bool IsClient = false, bool ShowNextStep = false);

using MediatR;

namespace CoachingPlatform.Subscriptions.Contracts;

/// <summary>The subscription a preferences link (from any digest or confirmation) belongs to.</summary>
public sealed record GetNewsletterPreferences(string Token) : IRequest<NewsletterPreferences>;

/// <summary>Changes frequency and pause; <paramref name="Paused"/> null keeps it as it is.</summary>
public sealed record UpdateNewsletterPreferences(string Token, string Frequency, bool? Paused) : IRequest<NewsletterPreferences>;

/// <summary>Ends the subscription; unsubscribing twice is harmless. Needs no sign-in (RFC 8058 one-click).</summary>
public sealed record UnsubscribeFromNewsletter(string Token) : IRequest<NewsletterPreferences>;

/// <summary><paramref name="Status"/> is "pending" (not confirmed yet), "subscribed" or "unsubscribed".</summary>
public sealed record NewsletterPreferences(string Email, string Frequency, bool Paused, string Status);

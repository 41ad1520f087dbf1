using MediatR;

namespace CoachingPlatform.Subscriptions.Contracts;

/// <summary>Whether the coach receives the weekly progress digest of their clients (on unless they switched it off).</summary>
public sealed record GetCoachDigestSetting(Guid CoachId) : IRequest<CoachDigestSetting>;

/// <summary>Switches the coach's weekly progress digest on or off; takes effect from the next run.</summary>
public sealed record ChangeCoachDigestSetting(Guid CoachId, bool Enabled) : IRequest<CoachDigestSetting>;

public sealed record CoachDigestSetting(bool Enabled);

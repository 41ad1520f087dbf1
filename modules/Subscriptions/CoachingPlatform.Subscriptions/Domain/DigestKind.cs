namespace CoachingPlatform.Subscriptions.Domain;

/// <summary>What a digest run mails: the newsletter to subscribers, or the weekly progress digest to coaches.</summary>
internal enum DigestKind
{
    Newsletter,
    Coaches,
}

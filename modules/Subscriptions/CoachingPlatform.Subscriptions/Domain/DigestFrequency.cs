namespace CoachingPlatform.Subscriptions.Domain;

/// <summary>How often a subscriber receives the digest of new articles and comments.</summary>
internal enum DigestFrequency
{
    Weekly,
    Daily,
}

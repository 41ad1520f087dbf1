namespace CoachingPlatform.Subscriptions.Features.CoachDigests;

/// <summary>The ledger key of a coach's weekly digest in the mail queue: one per coach and ISO week.</summary>
internal static class CoachDigestKeys
{
    public const string Prefix = "coach-digest:";

    public static string MailKey(Guid coachId, string week) => $"{Prefix}{coachId}:{week}";
}

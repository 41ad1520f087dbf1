namespace CoachingPlatform.Subscriptions.Domain;

/// <summary>
/// An address that asked for the newsletter digest. Nothing is sent to it until it is confirmed through
/// the link mailed to it, so nobody can sign someone else up.
/// </summary>
internal sealed class Subscriber
{
    public const int EmailMaxLength = 256;

    /// <summary>A confirmation link works for a week; asking again mails a fresh one.</summary>
    public static readonly TimeSpan ConfirmationLifetime = TimeSpan.FromDays(7);

    /// <summary>At most one confirmation mail per address in this time, however often the form is sent.</summary>
    public static readonly TimeSpan ResendAfter = TimeSpan.FromMinutes(5);

    private Subscriber()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Trimmed and lower-cased, so one mailbox is one subscriber whatever the spelling.</summary>
    public string Email { get; private set; } = "";

    public DigestFrequency Frequency { get; private set; }

    public DateTime SubscribedAt { get; private set; }

    public DateTime? ConfirmedAt { get; private set; }

    public string ConfirmTokenHash { get; private set; } = "";

    public DateTime ConfirmationSentAt { get; private set; }

    public DateTime? UnsubscribedAt { get; private set; }

    public bool Paused { get; private set; }

    /// <summary>
    /// The subscriber, being a client, asked to see their next program step at the top of each digest. Coaching
    /// data goes into the newsletter only with this consent; a re-subscription starts without it.
    /// </summary>
    public bool ShowNextStep { get; private set; }

    /// <summary>
    /// Part of every preferences and unsubscribe link; a re-subscription increments it, so the links of
    /// the earlier subscription stop working.
    /// </summary>
    public int LinkGeneration { get; private set; }

    /// <summary>"{frequency}:{period}" of the last edition this subscriber was handled in (mailed or had nothing new).</summary>
    public string? LastEdition { get; private set; }

    /// <summary>The content cut-off of the last digest mailed: the next one holds what came after.</summary>
    public DateTime? LastDigestAt { get; private set; }

    public bool IsConfirmed => ConfirmedAt is not null;

    public bool IsUnsubscribed => UnsubscribedAt is not null;

    public string Status => IsUnsubscribed ? "unsubscribed" : IsConfirmed ? "subscribed" : "pending";

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    /// <summary>A new, unconfirmed subscriber and the token for its confirmation link.</summary>
    public static (Subscriber Subscriber, string ConfirmToken) Subscribe(string email, DigestFrequency frequency, DateTime now)
    {
        var normalized = NormalizeEmail(email);
        if (normalized.Length is 0 or > EmailMaxLength || !normalized.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException("A subscriber needs a valid email address.", nameof(email));
        }

        var subscriber = new Subscriber { Id = Guid.CreateVersion7(), Email = normalized, SubscribedAt = now };
        var token = subscriber.RenewConfirmation(frequency, now);
        return (subscriber, token);
    }

    /// <summary>
    /// An unconfirmed address that asks again gets a new link (the old token is not kept, so it cannot be
    /// mailed again) and the frequency it chose last. A confirmed one is changed only through its own links.
    /// </summary>
    public string RenewConfirmation(DigestFrequency frequency, DateTime now)
    {
        if (IsConfirmed)
        {
            throw new InvalidOperationException("A confirmed subscription is changed through its preferences link.");
        }

        var (token, hash) = SubscriptionTokens.New();
        Frequency = frequency;
        ConfirmTokenHash = hash;
        ConfirmationSentAt = now;
        return token;
    }

    /// <summary>A link already used still works, so a second click does not look like a failure.</summary>
    public bool CanConfirm(DateTime now) => IsConfirmed || now < ConfirmationSentAt + ConfirmationLifetime;

    public void Confirm(DateTime now)
    {
        if (!CanConfirm(now))
        {
            throw new InvalidOperationException("This confirmation link has expired.");
        }

        ConfirmedAt ??= now;
    }

    /// <summary>
    /// An address that left asks again: a new opt-in starts (its own confirmation link) and the links of
    /// the earlier subscription stop working.
    /// </summary>
    public string Resubscribe(DigestFrequency frequency, DateTime now)
    {
        if (!IsUnsubscribed)
        {
            throw new InvalidOperationException("Only an ended subscription starts again.");
        }

        UnsubscribedAt = null;
        ConfirmedAt = null;
        Paused = false;
        ShowNextStep = false;
        LinkGeneration++;
        SubscribedAt = now;
        return RenewConfirmation(frequency, now);
    }

    public void ChangePreferences(DigestFrequency frequency, bool? paused, bool? showNextStep = null)
    {
        if (IsUnsubscribed)
        {
            throw new InvalidOperationException("An ended subscription starts again through the subscribe form.");
        }

        Frequency = frequency;
        Paused = paused ?? Paused;
        ShowNextStep = showNextStep ?? ShowNextStep;
    }

    public void Unsubscribe(DateTime now) => UnsubscribedAt ??= now;
}

namespace CoachingPlatform.Community.Domain;

/// <summary>
/// What is known about a comment as it arrives. <paramref name="TimeOnPage"/> is null when it came through
/// the API rather than the form; <paramref name="RecentFromAddress"/> counts the other comments from the
/// same address within the flood window.
/// </summary>
internal sealed record SpamSignals(
    string AuthorName,
    string Body,
    bool HoneypotFilled,
    TimeSpan? TimeOnPage,
    int RecentFromAddress,
    bool RepeatsEarlierComment);

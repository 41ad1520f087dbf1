namespace CoachingPlatform.Community.Domain;

/// <summary>How likely a comment is spam (0 is clean) and why, in words a moderator reads.</summary>
internal sealed record SpamVerdict(int Score, IReadOnlyList<string> Reasons);

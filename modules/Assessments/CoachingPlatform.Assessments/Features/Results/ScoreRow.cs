namespace CoachingPlatform.Assessments.Features.Results;

/// <summary>One area of a result as the database returns it.</summary>
internal sealed record ScoreRow(string Area, int Score, string? Note);

namespace CoachingPlatform.Assessments.Drawing;

/// <summary>One area as the drawing needs it: its key and name, its score, and its score in the earlier result if one is overlaid.</summary>
internal sealed record WheelSpoke(string Key, string Name, int Score, int? Earlier = null);

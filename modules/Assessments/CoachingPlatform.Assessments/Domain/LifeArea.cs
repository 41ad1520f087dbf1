namespace CoachingPlatform.Assessments.Domain;

/// <summary>One spoke of the Wheel of Life; <see cref="Key"/> is what requests and stored scores use.</summary>
internal sealed record LifeArea(string Key, string Name, string Description);

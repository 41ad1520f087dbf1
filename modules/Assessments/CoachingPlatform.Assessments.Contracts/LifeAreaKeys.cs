namespace CoachingPlatform.Assessments.Contracts;

/// <summary>Area keys other modules react to; the keys are stable, part of the API and of stored results.</summary>
public static class LifeAreaKeys
{
    public const string Relationships = "relationships";
    public const string FamilyAndFriends = "family-and-friends";

    /// <summary>The areas a trust program works on.</summary>
    public static readonly IReadOnlyList<string> RelationshipAreas = [Relationships, FamilyAndFriends];
}

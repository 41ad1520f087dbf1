using CoachingPlatform.Assessments.Contracts;

namespace CoachingPlatform.Assessments.Domain;

/// <summary>
/// The eight areas of the Wheel of Life. The keys are part of the API and of stored results, so an area
/// may be renamed or re-described but its key never changes.
/// </summary>
internal static class LifeAreas
{
    public static readonly IReadOnlyList<LifeAreaInfo> All =
    [
        new("health", "Health", "Energy, sleep, movement, food: how well you look after your body and mind."),
        new("career", "Career", "Work or study that uses your strengths and gives you a sense of purpose."),
        new("finances", "Finances", "How secure and in control you feel about money, today and for the future."),
        new(LifeAreaKeys.Relationships, "Relationships", "Your partner and love life, or how you feel about being single."),
        new(LifeAreaKeys.FamilyAndFriends, "Family and friends", "The people you can count on, and how close and supported you feel."),
        new("personal-growth", "Personal growth", "Learning, self-awareness and becoming the person you want to be."),
        new("fun-and-recreation", "Fun and recreation", "Play, hobbies, rest and the things you do just because you enjoy them."),
        new("physical-environment", "Physical environment", "Your home, your workspace and your surroundings, and how they make you feel."),
    ];

    private static readonly Dictionary<string, LifeAreaInfo> ByKey = All.ToDictionary(a => a.Key, StringComparer.Ordinal);

    public static bool IsKnown(string? key) => key is not null && ByKey.ContainsKey(key);

    public static string NameOf(string key) => ByKey.TryGetValue(key, out var area) ? area.Name : key;
}

using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Assessments;

/// <summary>The Wheel of Life API as visitors, clients and coaches call it, and the calls tests make to arrange a case.</summary>
public static class WheelApi
{
    public const string WheelPath = "/api/assessments/wheel-of-life";

    public static readonly string[] AreaKeys =
    [
        "health", "career", "finances", "relationships",
        "family-and-friends", "personal-growth", "fun-and-recreation", "physical-environment",
    ];

    public sealed record Taken(Guid Id, double Average, IReadOnlyList<string> Strengths, IReadOnlyList<string> GrowthAreas, string? ClaimToken);

    public sealed record Goal(Guid Id, string Area, string Text, int? TargetScore, DateOnly? TargetDate);

    public sealed record HistoryEntry(
        Guid Id, DateTime TakenAt, double Average, int Spread, IReadOnlyList<string> Strengths, IReadOnlyList<string> GrowthAreas,
        Dictionary<string, int> Scores, Dictionary<string, int>? Change, Guid? PreviousId, Dictionary<string, string?> Notes, IReadOnlyList<Goal> Goals);

    public sealed record Suggestion(Guid Id, Guid ClientId, Guid ProgramId, string ProgramTitle, Guid AssessmentId, IReadOnlyList<string> GrowthAreas, DateTime SuggestedAt);

    /// <summary>Every area at <paramref name="score"/>, then the exceptions.</summary>
    public static Dictionary<string, int> Scores(int score, params (string Area, int Score)[] except)
    {
        var scores = AreaKeys.ToDictionary(k => k, _ => score);
        foreach (var (area, value) in except)
        {
            scores[area] = value;
        }

        return scores;
    }

    public static async Task<Taken> TakeWheelAsync(this HttpClient client, Dictionary<string, int> scores, Dictionary<string, string>? notes = null, object[]? goals = null)
    {
        using var response = await client.PostAsJsonAsync(WheelPath, new { scores, notes, goals });
        return await response.ReadJsonAsync<Taken>();
    }

    public static async Task<IReadOnlyList<HistoryEntry>> MyWheelsAsync(this HttpClient client, string query = "")
    {
        using var response = await client.GetAsync($"/api/me/assessments{query}");
        return await response.ReadJsonAsync<List<HistoryEntry>>();
    }

    public static async Task<IReadOnlyList<HistoryEntry>> ClientWheelsAsync(this HttpClient coach, Guid clientId)
    {
        using var response = await coach.GetAsync($"/api/clients/{clientId}/assessments");
        return await response.ReadJsonAsync<List<HistoryEntry>>();
    }

    public static async Task<IReadOnlyList<Suggestion>> SuggestionsAsync(this HttpClient coach)
    {
        using var response = await coach.GetAsync("/api/program-suggestions");
        return await response.ReadJsonAsync<List<Suggestion>>();
    }
}

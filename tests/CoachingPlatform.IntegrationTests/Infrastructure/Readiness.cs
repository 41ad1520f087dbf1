using System.Net.Http.Json;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>What <c>/health/ready</c> says: the overall status and each check's.</summary>
public sealed record Readiness(string Status, Dictionary<string, string> Checks)
{
    public static async Task<Readiness> OfAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health/ready");
        return await response.Content.ReadFromJsonAsync<Readiness>()
            ?? throw new InvalidOperationException("The readiness report is empty.");
    }

    public override string ToString() => $"{Status} ({string.Join(", ", Checks.Select(c => $"{c.Key}: {c.Value}"))})";
}

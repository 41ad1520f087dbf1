using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Programs;

namespace CoachingPlatform.EndToEndTests.Accessibility;

/// <summary>Fills the ids in a page path from the demo data, asked through the API like a page would.</summary>
public static class PagePlaceholders
{
    public static async Task<string> ResolveAsync(AppFixture app, string path)
    {
        if (!path.Contains('{', StringComparison.Ordinal))
        {
            return path;
        }

        using var coach = await app.SignInAsync(DemoUser.Coach);
        using var client = await app.SignInAsync(DemoUser.Client);
        var clientId = (await client.GetFromJsonAsync<Me>("/api/me"))!.Id;
        var programId = await coach.ProgramIdAsync(ProgramsApi.RebuildingTrust);
        var assignment = await client.MyAssignmentAsync(ProgramsApi.RebuildingTrust);
        var step = assignment.Steps.OrderBy(s => s.Order).First(s => s.Status == "available");
        return path
            .Replace("{clientId}", clientId.ToString(), StringComparison.Ordinal)
            .Replace("{programId}", programId.ToString(), StringComparison.Ordinal)
            .Replace("{assignmentId}", assignment.Id.ToString(), StringComparison.Ordinal)
            .Replace("{stepId}", step.Id.ToString(), StringComparison.Ordinal);
    }

    private sealed record Me(Guid Id);
}

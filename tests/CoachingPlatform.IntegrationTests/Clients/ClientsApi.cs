using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Clients;

/// <summary>The Clients API as a coach reads it.</summary>
public static class ClientsApi
{
    public sealed record InvitedClient(Guid Id, string Email, string DisplayName);

    public sealed record ClientView(
        Guid Id,
        string Email,
        string DisplayName,
        string Status,
        int Assignments,
        int CompletedSteps,
        int TotalSteps,
        int Percent,
        DateTime? LastActivityAt,
        int Wins,
        int GratitudeStreak,
        bool NeedsSupport);

    public static async Task<InvitedClient> InviteAsync(this HttpClient coach, string email, string displayName)
    {
        using var response = await coach.PostAsJsonAsync("/api/clients", new { email, displayName });
        return await response.ReadJsonAsync<InvitedClient>();
    }

    public static async Task<IReadOnlyList<ClientView>> ClientsAsync(this HttpClient coach, string query = "")
    {
        using var response = await coach.GetAsync($"/api/clients{query}");
        return await response.ReadJsonAsync<List<ClientView>>();
    }

    public static async Task<ClientView> ClientAsync(this HttpClient coach, Guid clientId)
    {
        using var response = await coach.GetAsync($"/api/clients/{clientId}");
        return await response.ReadJsonAsync<ClientView>();
    }
}

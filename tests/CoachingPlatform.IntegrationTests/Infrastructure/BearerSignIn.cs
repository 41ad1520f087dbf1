using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authentication.BearerToken;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

public static class BearerSignIn
{
    /// <summary>Signs in through the login endpoint; the client then carries the bearer token it hands out.</summary>
    public static async Task<HttpClient> WithBearerTokenOfAsync(this HttpClient client, string email, string password)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        var token = await response.ReadJsonAsync<AccessTokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }
}

using System.Net.Http.Json;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

public static class HttpExtensions
{
    public const string ProblemMediaType = "application/problem+json";

    /// <summary>Reads a ProblemDetails body, checking it is served as one.</summary>
    public static async Task<Problem> ReadProblemAsync(this HttpResponseMessage response)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType != ProblemMediaType)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException($"Expected {ProblemMediaType} but got {mediaType ?? "no content type"} ({(int)response.StatusCode}): {body}");
        }

        return await response.Content.ReadFromJsonAsync<Problem>()
            ?? throw new InvalidOperationException("The problem body is empty.");
    }

    public static async Task<T> ReadJsonAsync<T>(this HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException($"Expected success but got {(int)response.StatusCode}: {body}");
        }

        return await response.Content.ReadFromJsonAsync<T>()
            ?? throw new InvalidOperationException($"The {typeof(T).Name} body is empty.");
    }
}

using System.Net.Http.Json;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>Calls a route by method and path, with an empty JSON object as the body of a write, for access checks.</summary>
public static class Routes
{
    public static Task<HttpResponseMessage> CallAsync(this HttpClient client, string method, string path) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method is "POST" or "PUT" ? JsonContent.Create(new { }) : null,
        });

    /// <summary>A path with each <c>{id}</c> filled with a new id: access is decided before anything is looked up.</summary>
    public static string WithIds(string template) => template.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal);

    /// <summary>Each route once for each of the roles.</summary>
    public static TheoryData<string, string, string> ForRoles(TheoryData<string, string> routes, params string[] roles)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in routes)
        {
            foreach (var role in roles)
            {
                data.Add((string)row[0], (string)row[1], role);
            }
        }

        return data;
    }
}

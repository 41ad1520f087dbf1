using System.Net;
using System.Net.Http.Json;
using static CoachingPlatform.IntegrationTests.Programs.ProgramsApi;

namespace CoachingPlatform.IntegrationTests.Delivery;

/// <summary>
/// The delivery tests' probe: each support request is one event whose consumer queues one mail to the
/// coach, whose text carries the request's own message.
/// </summary>
public static class SupportRequests
{
    /// <summary>Raises support requests one after another; each message is unique so its mail can be told apart.</summary>
    public static async Task<List<string>> RaiseAsync(HttpClient client, int count, string prefix = "request")
    {
        var assignment = await client.MyAssignmentAsync(RebuildingTrust);
        var messages = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var message = $"Support {prefix} {i:000} {Guid.NewGuid():N}";
            using var response = await client.PostAsJsonAsync("/api/me/support-requests", new { assignmentId = assignment.Id, message });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            messages.Add(message);
        }

        return messages;
    }
}

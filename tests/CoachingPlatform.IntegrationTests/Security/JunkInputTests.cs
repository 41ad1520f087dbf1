using System.Net;
using System.Net.Http.Json;
using System.Text;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Security.Matrix;

namespace CoachingPlatform.IntegrationTests.Security;

/// <summary>
/// Every write route of the app (from <see cref="RouteDeclarations"/>, which the matrix keeps complete),
/// sent junk by a caller it lets in: a refusal is a 4xx ProblemDetails, never a 5xx, and nothing is written.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class JunkInputTests(AppFixture app) : IntegrationTest(app)
{
    /// <summary>Routes that take no body at all: they are not sent junk (nothing reads it).</summary>
    private static readonly HashSet<string> WithoutBody =
    [
        "POST /api/auth/logout",
        "POST /api/clients/{clientId}/support-requests/{requestId}/resolution",
        "POST /api/clients/{clientId}/assessments/retake-requests",
        "POST /api/admin/digests/{frequency}/run",
        "POST /api/admin/digests/coaches/run",
    ];

    /// <summary>
    /// Routes whose every field is optional: a body that sets none of them (missing, null, or fields they do
    /// not know) is a valid request, and repeating it is harmless; any other junk is refused.
    /// </summary>
    private static readonly HashSet<string> AllFieldsOptional =
    [
        "POST /api/programs/{programId}/copies",
        "POST /api/me/assignments/{assignmentId}/steps/{stepId}/completion",
        "PUT /api/me/assignments/{assignmentId}/steps/{stepId}/draft",
        "POST /api/me/support-requests",
    ];

    private static readonly HashSet<string> SetsNoField = ["no body", "JSON null", "nulls", "invalid GUIDs", "odd emails", "over the size limit"];

    private static readonly string[] Fields =
    [
        "email", "password", "displayName", "text", "items", "title", "summary", "steps", "programId", "token", "frequency", "scores",
        "goals", "reflection", "checkedItems", "shareWithCoach", "message", "assignmentId", "timeZone", "quietHoursStart",
        "quietHoursEnd", "weeklyReminderBudget", "paceDays",
    ];

    public static IEnumerable<(string Name, Func<HttpContent?> Body)> Junk()
    {
        yield return ("no body", () => null);
        yield return ("JSON null", () => Json("null"));
        yield return ("a JSON array", () => Json("[1,2,3]"));
        yield return ("malformed JSON", () => Json("{\"email\": "));
        yield return ("wrong types", () => JsonContent.Create(Fields.ToDictionary(f => f, f => (object)(f.Length % 2 == 0 ? 12345 : new[] { true }))));
        yield return ("nulls", () => JsonContent.Create(Fields.ToDictionary(f => f, _ => (object?)null)));
        yield return ("empty strings", () => JsonContent.Create(Fields.ToDictionary(f => f, _ => "")));
        yield return ("huge strings", () => JsonContent.Create(Fields.ToDictionary(f => f, _ => new string('x', 20_000))));
        yield return ("control and bidi characters", () => JsonContent.Create(Fields.ToDictionary(f => f, _ => "\u202E\u0000\r\n\u200B\u0007")));
        yield return ("invalid GUIDs", () => JsonContent.Create(new { programId = "not-a-guid", assignmentId = "00000000-0000-0000-0000-00000000000Z" }));
        yield return ("odd emails", () => JsonContent.Create(new { email = "\"a b\"@x,y <evil@x.com>", displayName = "Odd", password = "x", frequency = "weekly" }));
        yield return ("plain text", () => new StringContent("email=a@b.com", Encoding.UTF8, "text/plain"));
        yield return ("a form", () => new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "a@b.com" }));
        yield return ("over the size limit", () => Json($"{{\"text\": \"{new string('x', 400_000)}\"}}"));
    }

    [Fact]
    public async Task Junk_sent_to_any_write_route_is_a_4xx_problem_never_a_5xx_and_writes_nothing()
    {
        using var tenants = await Tenants.CreateAsync(App);
        var before = await SnapshotAsync(tenants);
        var wrong = new List<string>();

        foreach (var (route, access) in RouteDeclarations.All.Where(r => r.Key.StartsWith("POST ", StringComparison.Ordinal) || r.Key.StartsWith("PUT ", StringComparison.Ordinal)))
        {
            var persona = access.Owners?.First() ?? Enum.GetValues<Persona>().First(access.Lets);
            if (access.EndsSession || WithoutBody.Contains(route))
            {
                continue;
            }

            var (method, template) = (route[..route.IndexOf(' ', StringComparison.Ordinal)], route[(route.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            foreach (var (name, body) in Junk())
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), tenants.Fill(template)) { Content = body() };
                using var response = await tenants[persona].SendAsync(request);
                var verdict = await JudgeAsync(response, AllFieldsOptional.Contains(route) && SetsNoField.Contains(name));
                if (verdict is not null)
                {
                    wrong.Add($"{route} with {name} as {persona}: {verdict}");
                }
            }

            // A malformed id in the path is not a route: 404, as ProblemDetails.
            if (template.Contains("Id}", StringComparison.Ordinal))
            {
                var malformed = System.Text.RegularExpressions.Regex.Replace(template, "\\{[a-zA-Z]+Id\\}", "not-a-guid");
                using var response = await tenants[persona].SendAsync(new HttpRequestMessage(new HttpMethod(method), tenants.Fill(malformed)) { Content = JsonContent.Create(new { }) });
                if (response.StatusCode != HttpStatusCode.NotFound || response.Content.Headers.ContentType?.MediaType != HttpExtensions.ProblemMediaType)
                {
                    wrong.Add($"{route} with a malformed id: {(int)response.StatusCode} {response.Content.Headers.ContentType}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.Equal(before, await SnapshotAsync(tenants));
    }

    private static async Task<string?> JudgeAsync(HttpResponseMessage response, bool validAsItIs)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300 && validAsItIs)
        {
            return null;
        }

        if (status is < 400 or >= 500)
        {
            return $"{status}: {await response.Content.ReadAsStringAsync()}";
        }

        return response.Content.Headers.ContentType?.MediaType == HttpExtensions.ProblemMediaType ? null : $"{status} without ProblemDetails";
    }

    /// <summary>
    /// What tenant A's people see: a refused junk request must not have changed any of it (the program list
    /// is left out: copying a program with an empty body is a valid request).
    /// </summary>
    private static async Task<string> SnapshotAsync(Tenants tenants) => string.Join("\n",
        await tenants[Persona.CoachA].GetStringAsync("/api/clients"),
        await tenants[Persona.ClientA].GetStringAsync("/api/me/timeline"),
        await tenants[Persona.ClientA].GetStringAsync("/api/me/gratitude"),
        await tenants[Persona.ClientA].GetStringAsync("/api/me/preferences"));

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}

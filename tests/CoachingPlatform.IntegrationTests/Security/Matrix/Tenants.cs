using System.Net.Http.Json;
using System.Text.Json;
using CoachingPlatform.IntegrationTests.Assessments;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Programs;

namespace CoachingPlatform.IntegrationTests.Security.Matrix;

/// <summary>
/// Two tenants made the way the app makes them: A is the demo coach and their client (with the seeded
/// assignment, a program of the coach's own, a support request and a wheel), B a coach the admin invites and
/// their own client. Each persona holds a cookie client, as the pages do, sending the antiforgery header.
/// </summary>
public sealed class Tenants : IDisposable
{
    private readonly Dictionary<Persona, HttpClient> clients = [];
    private readonly Dictionary<string, string> ids = [];

    private Tenants()
    {
    }

    /// <summary>
    /// The body a write is tried with: a valid one where validation would otherwise answer before the record
    /// is looked up (so that another tenant's record is seen to answer 404), else an empty object.
    /// </summary>
    public object BodyFor(string route) => route switch
    {
        "POST /api/clients/{clientId}/assignments" => new { programId = ids["builtInProgramId"] },
        "POST /api/assessments/{id}/goals" => new { area = "health", text = "Sleep eight hours" },
        "PUT /api/programs/{programId}" => new { title = "Renamed", summary = "Still mine", steps = new[] { ProgramsApi.NewStep("One") } },
        _ => new { },
    };

    public static async Task<Tenants> CreateAsync(AppFixture app)
    {
        var tenants = new Tenants();
        using var coachB = await app.AddCoachAsync("coach.b@example.com", "Coach Bee");
        using var clientB = await app.AddClientAsync(coachB, "client.b@example.com", "Client Bee");
        using var coachA = await app.SignInAsPersonAsync(DemoUser.Coach);
        using var clientA = await app.SignInAsPersonAsync(DemoUser.Client);

        var assignment = (await clientA.Api.MyAssignmentsAsync()).First();
        var programs = await coachA.Api.ProgramsAsync();
        tenants.ids["clientId"] = clientA.Id.ToString();
        tenants.ids["assignmentId"] = assignment.Id.ToString();
        tenants.ids["stepId"] = assignment.Steps.OrderBy(s => s.Order).First().Id.ToString();
        tenants.ids["programId"] = (await coachA.Api.CreateProgramAsync("Coach A's own", 2)).ToString();
        tenants.ids["builtInProgramId"] = programs.First(p => p.BuiltIn).Id.ToString();
        tenants.ids["requestId"] = (await clientA.Api.RaiseSupportAsync(new { assignmentId = assignment.Id, message = "Can we talk?" })).Id.ToString();
        using var wheel = await clientA.Api.PostAsJsonAsync("/api/assessments/wheel-of-life", new { scores = WheelOfLifeTests.Scores(6) });
        tenants.ids["id"] = (await wheel.ReadJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var anonymous = app.CreateClient();
        tenants.ids["slug"] = (await anonymous.GetFromJsonAsync<JsonElement>("/api/articles"))[0].GetProperty("slug").GetString()!;
        tenants.ids["coachId"] = coachA.Id.ToString();
        using var comment = await anonymous.PostAsJsonAsync($"/api/articles/{tenants.ids["slug"]}/comments",
            new { authorName = "Reader", email = "reader@example.com", body = "Thank you for this." });
        tenants.ids["commentId"] = (await comment.ReadJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        // No suggestion is open for tenant A (its client has an assignment running): the id names none.
        tenants.ids["suggestionId"] = Guid.CreateVersion7().ToString();
        tenants.ids["kind"] = "mail";
        tenants.ids["documentName"] = "v1";
        tenants.ids["documentName?"] = "v1";
        tenants.ids["frequency"] = "weekly";
        tenants.ids["code"] = "404";
        tenants.ids["**path"] = "";

        tenants.clients[Persona.Anonymous] = app.CreateCookieClient();
        tenants.clients[Persona.ClientA] = await app.SignInWithCookieAsync(DemoUser.Client);
        tenants.clients[Persona.CoachA] = await app.SignInWithCookieAsync(DemoUser.Coach);
        tenants.clients[Persona.Admin] = await app.SignInWithCookieAsync(DemoUser.Admin);
        tenants.clients[Persona.CoachB] = await app.SignInWithCookieAsync(coachB.Email, coachB.Password);
        tenants.clients[Persona.ClientB] = await app.SignInWithCookieAsync(clientB.Email, clientB.Password);
        await app.Outbox.WaitUntilHandledAsync();
        return tenants;
    }

    public HttpClient this[Persona persona] => clients[persona];

    /// <summary>The path with every placeholder replaced by tenant A's record; an unknown placeholder is a test error.</summary>
    public string Fill(string path)
    {
        foreach (var (name, value) in ids)
        {
            path = path.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return path.Contains('{', StringComparison.Ordinal)
            ? throw new InvalidOperationException($"No record fills a placeholder of {path}: add it to {nameof(Tenants)}.")
            : path;
    }

    public void Dispose()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }
}

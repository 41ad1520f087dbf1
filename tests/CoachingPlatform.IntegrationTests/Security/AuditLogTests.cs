using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Programs;

namespace CoachingPlatform.IntegrationTests.Security;

/// <summary>What coaches and admins change is in the audit log, which only admins read.</summary>
[Collection(AppCollection.Name)]
public sealed class AuditLogTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_coachs_and_an_admins_changes_are_logged_with_who_what_which_record_and_the_outcome()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var admin = await App.SignInAsync(DemoUser.Admin);
        using var client = await App.SignInAsync(DemoUser.Client);
        var programId = await coach.Api.CreateProgramAsync("Audited program", 1);
        using var foreign = await coach.Api.PostAsJsonAsync($"/api/clients/{Guid.NewGuid()}/assignments", new { programId });
        using var invited = await admin.PostAsJsonAsync("/api/admin/coaches", new { email = "new.coach@example.com", displayName = "New Coach" });
        (await client.PostAsJsonAsync("/api/me/wins", new { text = "Not audited: a client's own record" })).EnsureSuccessStatusCode();

        var log = await admin.GetFromJsonAsync<List<Line>>("/api/admin/audit") ?? [];

        Assert.Equal(("Admin", "POST /api/admin/coaches", 201, DemoUser.Admin.Email), (log[0].ActorRole, log[0].Action, log[0].Status, log[0].ActorEmail));
        var refused = Assert.Single(log, l => l.Action == "POST /api/clients/{clientId:guid}/assignments");
        Assert.Equal(("Coach", 404, coach.Id), (refused.ActorRole, refused.Status, refused.ActorId));
        Assert.StartsWith("clientId=", refused.Target, StringComparison.Ordinal);
        Assert.Contains(log, l => l.Action == "POST /api/programs" && l.Status == 201 && l.ActorId == coach.Id);
        Assert.All(log, l => Assert.NotEqual("Client", l.ActorRole));
        Assert.DoesNotContain(log, l => l.Action == "POST /api/me/wins");
        Assert.All(log, l => Assert.True(l.At <= App.Clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public async Task Only_admins_read_the_audit_log()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var anonymous = App.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await coach.GetAsync("/api/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/admin/audit")).StatusCode);
    }

    private sealed record Line(Guid Id, DateTime At, Guid ActorId, string? ActorEmail, string ActorRole, string Action, string? Target, int Status);
}

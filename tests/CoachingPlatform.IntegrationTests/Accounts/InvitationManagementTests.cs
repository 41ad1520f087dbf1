using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingPlatform.IntegrationTests.Clients;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Accounts;

[Collection(AppCollection.Name)]
public sealed class InvitationManagementTests(AppFixture app) : IntegrationTest(app)
{
    private const string Jo = "jo.park@example.com";

    [Fact]
    public async Task The_invitation_page_can_tell_a_valid_link_from_a_used_expired_or_made_up_one()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        await coach.InviteAsync(Jo, "Jo Park");
        var token = (await App.Mail.WaitForAsync(Jo)).TokenFrom("/invitation");
        using var anonymous = App.CreateClient();

        var valid = await CheckAsync(anonymous, token);
        App.Clock.Advance(TimeSpan.FromDays(8));
        var expired = await CheckAsync(anonymous, token);
        var unknown = await CheckAsync(anonymous, "made-up");

        Assert.Equal(("valid", Jo), (valid.GetProperty("status").GetString(), valid.GetProperty("email").GetString()));
        Assert.Equal("expired", expired.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, expired.GetProperty("email").ValueKind);
        Assert.Equal("unknown", unknown.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_used_link_says_so()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        await coach.Api.InviteAsync(Jo, "Jo Park");
        var token = (await App.Mail.WaitForAsync(Jo)).TokenFrom("/invitation");
        using var anonymous = App.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/auth/accept-invitation", new { token, password = People.Password })).Dispose();

        var used = await CheckAsync(anonymous, token);

        Assert.Equal("used", used.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Resending_mails_a_fresh_link_and_the_old_one_stops_working()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var invited = await coach.InviteAsync(Jo, "Jo Park");
        var oldToken = (await App.Mail.WaitForAsync(Jo)).TokenFrom("/invitation");
        App.Mail.Clear();

        using var resent = await coach.PostAsync($"/api/clients/{invited.Id}/invitation/resend", content: null);
        var newToken = (await App.Mail.WaitForAsync(Jo)).TokenFrom("/invitation");
        using var anonymous = App.CreateClient();
        using var withOld = await anonymous.PostAsJsonAsync("/api/auth/accept-invitation", new { token = oldToken, password = People.Password });
        var oldStatus = await CheckAsync(anonymous, oldToken);
        using var withNew = await anonymous.PostAsJsonAsync("/api/auth/accept-invitation", new { token = newToken, password = People.Password });

        Assert.Equal(HttpStatusCode.Accepted, resent.StatusCode);
        Assert.NotEqual(oldToken, newToken);
        Assert.Equal(HttpStatusCode.BadRequest, withOld.StatusCode);
        Assert.Equal("revoked", oldStatus.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
    }

    [Fact]
    public async Task Revoking_removes_the_client_and_the_link_stops_working()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var invited = await coach.InviteAsync(Jo, "Jo Park");
        var token = (await App.Mail.WaitForAsync(Jo)).TokenFrom("/invitation");

        using var revoked = await coach.DeleteAsync($"/api/clients/{invited.Id}/invitation");
        using var anonymous = App.CreateClient();
        using var accept = await anonymous.PostAsJsonAsync("/api/auth/accept-invitation", new { token, password = People.Password });
        using var client = await coach.GetAsync($"/api/clients/{invited.Id}");

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, accept.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, client.StatusCode);
        Assert.DoesNotContain(await coach.ClientsAsync(), c => c.Email == Jo);
    }

    [Fact]
    public async Task A_client_who_joined_has_no_invitation_to_resend_or_revoke_and_others_clients_are_not_found()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        var sam = (await coach.Api.ClientsAsync()).Single();
        using var otherCoach = await App.AddCoachAsync("jordan.lee@example.com", "Jordan Lee");
        var theirs = await otherCoach.Api.InviteAsync(Jo, "Jo Park");

        using var resend = await coach.Api.PostAsync($"/api/clients/{sam.Id}/invitation/resend", content: null);
        using var revoke = await coach.Api.DeleteAsync($"/api/clients/{sam.Id}/invitation");
        using var foreignResend = await coach.Api.PostAsync($"/api/clients/{theirs.Id}/invitation/resend", content: null);
        using var foreignRevoke = await coach.Api.DeleteAsync($"/api/clients/{theirs.Id}/invitation");

        Assert.Equal(HttpStatusCode.Conflict, resend.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignResend.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignRevoke.StatusCode);
    }

    [Fact]
    public async Task An_admin_lists_resends_and_revokes_coach_invitations()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);
        using var invited = await admin.PostAsJsonAsync("/api/admin/coaches", new { email = "jordan.lee@example.com", displayName = "Jordan Lee" });
        var coachId = (await invited.ReadJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var firstToken = (await App.Mail.WaitForAsync("jordan.lee@example.com")).TokenFrom("/invitation");
        App.Mail.Clear();

        using var listed = await admin.GetAsync("/api/admin/coaches");
        using var resent = await admin.PostAsync($"/api/admin/coaches/{coachId}/invitation/resend", content: null);
        await App.Mail.WaitForAsync("jordan.lee@example.com");
        using var revoked = await admin.DeleteAsync($"/api/admin/coaches/{coachId}/invitation");
        using var afterwards = await admin.GetAsync("/api/admin/coaches");
        using var anonymous = App.CreateClient();

        var coaches = (await listed.ReadJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Contains(coaches, c => c.GetProperty("email").GetString() == "jordan.lee@example.com" && c.GetProperty("status").GetString() == "invited");
        Assert.Contains(coaches, c => c.GetProperty("email").GetString() == DemoUser.Coach.Email && c.GetProperty("status").GetString() == "active");
        Assert.Equal(HttpStatusCode.Accepted, resent.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.DoesNotContain((await afterwards.ReadJsonAsync<JsonElement>()).EnumerateArray(), c => c.GetProperty("id").GetGuid() == coachId);
        Assert.Equal("unknown", (await CheckAsync(anonymous, firstToken)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Only_admins_manage_coach_invitations()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        var coachId = Guid.CreateVersion7();

        using var list = await coach.GetAsync("/api/admin/coaches");
        using var resend = await coach.PostAsync($"/api/admin/coaches/{coachId}/invitation/resend", content: null);

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, resend.StatusCode);
    }

    private static async Task<JsonElement> CheckAsync(HttpClient client, string token)
    {
        using var response = await client.GetAsync($"/api/auth/invitation?token={Uri.EscapeDataString(token)}");
        return await response.ReadJsonAsync<JsonElement>();
    }
}

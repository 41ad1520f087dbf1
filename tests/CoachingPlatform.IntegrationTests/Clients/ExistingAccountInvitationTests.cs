using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Programs;
using static CoachingPlatform.IntegrationTests.Clients.ClientsApi;

namespace CoachingPlatform.IntegrationTests.Clients;

/// <summary>
/// Inviting an address that already has an account: the coach gets the answer a new address gets, the
/// owner is asked by mail, and nothing about the account is linked or shown until they accept.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ExistingAccountInvitationTests(AppFixture app) : IntegrationTest(app)
{
    private const string SecondCoach = "jordan.lee@example.com";

    [Fact]
    public async Task A_known_address_gets_the_same_answer_as_a_new_one_and_reveals_nothing()
    {
        using var coach = await App.AddCoachAsync(SecondCoach, "Jordan Lee");
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);

        using var known = await coach.Api.PostAsJsonAsync("/api/clients", new { email = DemoUser.Client.Email, displayName = "Sam Taylor" });
        using var fresh = await coach.Api.PostAsJsonAsync("/api/clients", new { email = "new.person@example.com", displayName = "New Person" });
        using var staff = await coach.Api.PostAsJsonAsync("/api/clients", new { email = DemoUser.Admin.Email, displayName = "Alex Admin" });

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created], [known.StatusCode, fresh.StatusCode, staff.StatusCode]);
        var answers = new[] { await ShapeAsync(known), await ShapeAsync(fresh), await ShapeAsync(staff) };
        Assert.All(answers, a => Assert.Equal(answers[1].Keys, a.Keys));
        Assert.All(answers, a => Assert.Equal("invited", a["status"]));
        var knownId = Guid.Parse(answers[0]["id"]);
        Assert.NotEqual(sam.Id, knownId);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.Api.GetAsync($"/api/clients/{sam.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.Api.GetAsync($"/api/clients/{sam.Id}/timeline")).StatusCode);
        Assert.Empty(await coach.Api.TimelineAsync($"/api/clients/{knownId}/timeline"));
        Assert.All(await coach.Api.ClientsAsync(), c => Assert.Equal("invited", c.Status));
    }

    [Fact]
    public async Task The_owner_is_mailed_a_consent_link_and_a_staff_account_is_not_asked()
    {
        using var coach = await App.AddCoachAsync(SecondCoach, "Jordan Lee");
        App.Mail.Clear();

        await coach.Api.InviteAsync(DemoUser.Client.Email, "Sam Taylor");
        await coach.Api.InviteAsync(DemoUser.Admin.Email, "Alex Admin");
        var mail = await App.Mail.WaitForAsync(DemoUser.Client.Email);

        Assert.Contains("Jordan Lee", mail.Subject, StringComparison.Ordinal);
        Assert.NotEmpty(mail.TokenFrom("/clients/accept"));
        Assert.DoesNotContain("/invitation", mail.Text, StringComparison.Ordinal);
        Assert.Empty(App.Mail.To(DemoUser.Admin.Email));
        using var admin = await App.SignInAsync(DemoUser.Admin);
        Assert.Equal(["Admin"], (await admin.GetFromJsonAsync<Me>("/api/me"))!.Roles);
    }

    [Fact]
    public async Task After_accepting_the_coach_sees_the_client_and_only_what_they_record_from_then_on()
    {
        using var coach = await App.AddCoachAsync(SecondCoach, "Jordan Lee");
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        using var firstCoach = await App.SignInAsync(DemoUser.Coach);
        var winsSeenByFirstCoach = (await firstCoach.ClientAsync(sam.Id)).Wins;
        (await sam.Api.PostAsJsonAsync("/api/me/wins", new { text = "Written with my first coach" })).EnsureSuccessStatusCode();
        var pending = await coach.Api.InviteAsync(DemoUser.Client.Email, "Sam Taylor");
        var token = (await App.Mail.WaitForAsync(DemoUser.Client.Email)).TokenFrom("/clients/accept");
        App.Clock.Advance(TimeSpan.FromMinutes(1));

        using var anonymous = App.CreateClient();
        using var accepted = await anonymous.PostAsJsonAsync("/api/client-links/accept", new { token });
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        (await sam.Api.PostAsJsonAsync("/api/me/wins", new { text = "Written after accepting" })).EnsureSuccessStatusCode();
        using var again = await anonymous.PostAsJsonAsync("/api/client-links/accept", new { token });

        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        var client = await coach.Api.ClientAsync(sam.Id);
        Assert.Equal("active", client.Status);
        Assert.Equal(1, client.Wins);
        var timeline = await coach.Api.TimelineAsync($"/api/clients/{sam.Id}/timeline");
        Assert.Equal(["Written after accepting"], timeline.Select(i => i.Text));
        Assert.Equal(HttpStatusCode.NotFound, (await coach.Api.GetAsync($"/api/clients/{pending.Id}")).StatusCode);
        Assert.Equal(winsSeenByFirstCoach + 2, (await firstCoach.ClientAsync(sam.Id)).Wins);
    }

    [Fact]
    public async Task A_program_assigned_before_the_client_accepted_is_theirs_once_they_accept()
    {
        using var coach = await App.AddCoachAsync(SecondCoach, "Jordan Lee");
        var pending = await coach.Api.InviteAsync(DemoUser.Client.Email, "Sam Taylor");
        var programId = await coach.Api.CreateProgramAsync("Jordan's plan", 2);
        await coach.Api.AssignAsync(pending.Id, programId);
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        var before = await sam.Api.MyAssignmentsAsync();
        var token = (await App.Mail.WaitForAsync(DemoUser.Client.Email)).TokenFrom("/clients/accept");

        using var anonymous = App.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/client-links/accept", new { token })).EnsureSuccessStatusCode();
        await App.Outbox.WaitUntilHandledAsync();

        Assert.DoesNotContain(before, a => a.ProgramTitle == "Jordan's plan");
        Assert.Contains(await sam.Api.MyAssignmentsAsync(), a => a.ProgramTitle == "Jordan's plan");
        Assert.Single(await coach.Api.GetFromJsonAsync<List<JsonElement>>($"/api/clients/{sam.Id}/assignments") ?? []);
    }

    [Fact]
    public async Task A_consent_link_expires_after_two_weeks()
    {
        using var coach = await App.AddCoachAsync(SecondCoach, "Jordan Lee");
        await coach.Api.InviteAsync(DemoUser.Client.Email, "Sam Taylor");
        var token = (await App.Mail.WaitForAsync(DemoUser.Client.Email)).TokenFrom("/clients/accept");
        App.Clock.Advance(TimeSpan.FromDays(15));

        using var anonymous = App.CreateClient();
        using var response = await anonymous.PostAsJsonAsync("/api/client-links/accept", new { token });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("token"));
    }

    private static async Task<Dictionary<string, string>> ShapeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<Dictionary<string, JsonElement>>())!
        .ToDictionary(p => p.Key, p => p.Value.ToString());

    private sealed record Me(Guid Id, string Email, string[] Roles);
}

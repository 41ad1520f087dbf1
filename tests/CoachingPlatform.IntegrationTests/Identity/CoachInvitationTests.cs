using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Identity;

[Collection(AppCollection.Name)]
public sealed class CoachInvitationTests(AppFixture app) : IntegrationTest(app)
{
    private const string NewCoach = "jordan.lee@example.com";
    private const string StrongPassword = "Steady-Steps-42!";

    [Fact]
    public async Task An_invited_coach_sets_a_password_from_the_mailed_link_and_signs_in_as_coach()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);

        using var invited = await admin.PostAsJsonAsync("/api/admin/coaches", new { email = NewCoach, displayName = "Jordan Lee" });
        var mail = await App.Mail.WaitForAsync(NewCoach);
        using var anonymous = App.CreateClient();
        using var accepted = await anonymous.PostAsJsonAsync("/api/auth/accept-invitation", new { token = mail.TokenFrom("/invitation"), password = StrongPassword });
        using var coach = await App.SignInAsync(NewCoach, StrongPassword);
        var me = await coach.GetFromJsonAsync<Me>("/api/me");

        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var created = await invited.ReadJsonAsync<Created>();
        Assert.NotEqual(Guid.Empty, created.Id);
        Assert.StartsWith(App.BaseAddress.ToString().TrimEnd('/') + "/invitation?token=", mail.LinkTo("/invitation").ToString(), StringComparison.Ordinal);
        Assert.Contains(mail.LinkTo("/invitation").ToString(), mail.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(NewCoach, (await accepted.ReadJsonAsync<Accepted>()).Email);
        Assert.Equal(created.Id, me!.Id);
        Assert.Equal(["Coach"], me.Roles);
    }

    [Fact]
    public async Task An_invitation_link_works_only_once()
    {
        var token = await InviteAsync(NewCoach);
        using var client = App.CreateClient();
        using var first = await client.PostAsJsonAsync("/api/auth/accept-invitation", new { token, password = StrongPassword });

        using var second = await client.PostAsJsonAsync("/api/auth/accept-invitation", new { token, password = "Another-Pass-99!" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.NotEmpty((await second.ReadProblemAsync()).ErrorsFor("token"));
    }

    [Fact]
    public async Task A_made_up_invitation_token_is_refused()
    {
        using var client = App.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/auth/accept-invitation", new { token = "made-up-token", password = StrongPassword });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("token"));
    }

    [Fact]
    public async Task A_weak_password_is_refused_and_the_link_stays_usable()
    {
        var token = await InviteAsync(NewCoach);
        using var client = App.CreateClient();

        using var weak = await client.PostAsJsonAsync("/api/auth/accept-invitation", new { token, password = "password" });
        using var strong = await client.PostAsJsonAsync("/api/auth/accept-invitation", new { token, password = StrongPassword });

        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        var problem = await weak.ReadProblemAsync();
        Assert.NotEmpty(problem.ErrorsFor("password"));
        Assert.Empty(problem.ErrorsFor("token"));
        Assert.Equal(HttpStatusCode.OK, strong.StatusCode);
    }

    [Fact]
    public async Task Inviting_an_existing_email_is_a_conflict()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);

        using var response = await admin.PostAsJsonAsync("/api/admin/coaches", new { email = DemoUser.Coach.Email, displayName = "Morgan Again" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(409, (await response.ReadProblemAsync()).Status);
        Assert.Empty(App.Mail.All);
    }

    [Fact]
    public async Task Inviting_the_same_new_coach_twice_is_a_conflict()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);
        using var first = await admin.PostAsJsonAsync("/api/admin/coaches", new { email = NewCoach, displayName = "Jordan Lee" });

        using var second = await admin.PostAsJsonAsync("/api/admin/coaches", new { email = NewCoach.ToUpperInvariant(), displayName = "Jordan Lee" });
        await App.Outbox.WaitUntilHandledAsync();

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Single(App.Mail.To(NewCoach));
    }

    [Fact]
    public async Task An_invitation_without_email_or_name_names_both_fields()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);

        using var response = await admin.PostAsJsonAsync("/api/admin/coaches", new { email = "not-an-email", displayName = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.NotEmpty(problem.ErrorsFor("email"));
        Assert.NotEmpty(problem.ErrorsFor("displayName"));
    }

    [Fact]
    public async Task An_invitation_with_an_empty_body_names_both_fields()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);

        using var response = await admin.PostAsync("/api/admin/coaches", EmptyJson.Body());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.NotEmpty(problem.ErrorsFor("email"));
        Assert.NotEmpty(problem.ErrorsFor("displayName"));
    }

    [Fact]
    public async Task Accepting_with_an_empty_body_names_both_fields()
    {
        using var client = App.CreateClient();

        using var response = await client.PostAsync("/api/auth/accept-invitation", EmptyJson.Body());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.NotEmpty(problem.ErrorsFor("token"));
        Assert.NotEmpty(problem.ErrorsFor("password"));
    }

    [Theory]
    [InlineData("Coach")]
    [InlineData("Client")]
    public async Task Only_an_admin_may_invite_a_coach(string role)
    {
        using var client = await App.SignInAsync(DemoUser.InRole(role));

        using var response = await client.PostAsJsonAsync("/api/admin/coaches", new { email = NewCoach, displayName = "Jordan Lee" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(App.Mail.All);
    }

    [Fact]
    public async Task Inviting_a_coach_anonymously_is_401()
    {
        using var client = App.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/admin/coaches", new { email = NewCoach, displayName = "Jordan Lee" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<string> InviteAsync(string email)
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);
        using var response = await admin.PostAsJsonAsync("/api/admin/coaches", new { email, displayName = "Jordan Lee" });
        response.EnsureSuccessStatusCode();
        return (await App.Mail.WaitForAsync(email)).TokenFrom("/invitation");
    }

    private sealed record Created(Guid Id);

    private sealed record Accepted(string Email);

    private sealed record Me(Guid Id, string Email, string[] Roles);
}

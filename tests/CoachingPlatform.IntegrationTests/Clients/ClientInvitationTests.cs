using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.Identity.Persistence;
using CoachingPlatform.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoachingPlatform.IntegrationTests.Clients.ClientsApi;

namespace CoachingPlatform.IntegrationTests.Clients;

[Collection(AppCollection.Name)]
public sealed class ClientInvitationTests(AppFixture app) : IntegrationTest(app)
{
    private const string NewClient = "riley.morgan@example.com";

    [Fact]
    public async Task An_invited_client_sets_a_password_from_the_mailed_link_signs_in_as_client_and_turns_active()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var invited = await coach.PostAsJsonAsync("/api/clients", new { email = NewClient, displayName = "Riley Morgan" });
        var created = await invited.ReadJsonAsync<InvitedClient>();
        var before = await coach.ClientAsync(created.Id);
        var mail = await App.Mail.WaitForAsync(NewClient);
        using var anonymous = App.CreateClient();
        using var accepted = await anonymous.PostAsJsonAsync("/api/auth/accept-invitation", new { token = mail.TokenFrom("/invitation"), password = People.Password });
        using var client = await App.SignInAsync(NewClient, People.Password);
        var me = await client.GetFromJsonAsync<Me>("/api/me");
        var after = await Eventually.UntilAsync(() => coach.ClientAsync(created.Id), c => c.Status == "active", "the coach to see the client active");

        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        Assert.Equal($"/api/clients/{created.Id}", invited.Headers.Location?.OriginalString);
        Assert.Equal((NewClient, "Riley Morgan"), (created.Email, created.DisplayName));
        Assert.Equal("invited", before.Status);
        Assert.StartsWith(App.BaseAddress.ToString().TrimEnd('/') + "/invitation?token=", mail.LinkTo("/invitation").ToString(), StringComparison.Ordinal);
        Assert.Contains("Morgan Reyes", mail.Subject, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(created.Id, me!.Id);
        Assert.Equal(["Client"], me.Roles);
        Assert.Equal("active", after.Status);
    }

    [Fact]
    public async Task The_invitation_link_works_only_once()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var invited = await coach.PostAsJsonAsync("/api/clients", new { email = NewClient, displayName = "Riley Morgan" });
        var token = (await App.Mail.WaitForAsync(NewClient)).TokenFrom("/invitation");
        using var anonymous = App.CreateClient();
        using var first = await anonymous.PostAsJsonAsync("/api/auth/accept-invitation", new { token, password = People.Password });

        using var second = await anonymous.PostAsJsonAsync("/api/auth/accept-invitation", new { token, password = "Another-Pass-99!" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.NotEmpty((await second.ReadProblemAsync()).ErrorsFor("token"));
    }

    [Theory]
    [InlineData(NewClient)]
    [InlineData("  RILEY.MORGAN@example.com ")]
    public async Task Inviting_the_same_email_twice_is_a_conflict_that_creates_no_second_account_or_mail(string again)
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var first = await coach.PostAsJsonAsync("/api/clients", new { email = NewClient, displayName = "Riley Morgan" });

        using var second = await coach.PostAsJsonAsync("/api/clients", new { email = again, displayName = "Riley Again" });
        await App.Outbox.WaitUntilHandledAsync();

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(409, (await second.ReadProblemAsync()).Status);
        Assert.Single(App.Mail.To(NewClient));
        var riley = Assert.Single(await coach.ClientsAsync(), c => c.Email.Equals(NewClient, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Riley Morgan", riley.DisplayName);
        Assert.Equal(1, await AccountsWithEmailAsync(NewClient));
    }

    [Fact]
    public async Task Inviting_a_client_who_already_works_with_the_coach_is_a_conflict()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.PostAsJsonAsync("/api/clients", new { email = DemoUser.Client.Email, displayName = "Sam Taylor" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Empty(App.Mail.All);
    }

    [Theory]
    [InlineData("not-an-email", "", new[] { "email", "displayName" })]
    [InlineData("", "Riley Morgan", new[] { "email" })]
    [InlineData(NewClient, "   ", new[] { "displayName" })]
    public async Task An_invitation_with_an_invalid_email_or_name_names_the_fields_at_fault(string email, string displayName, string[] fields)
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.PostAsJsonAsync("/api/clients", new { email, displayName });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(fields.Order(), problem.Errors!.Keys.Order());
        Assert.Empty(App.Mail.All);
    }

    [Fact]
    public async Task An_invitation_with_an_empty_body_names_both_fields()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.PostAsync("/api/clients", EmptyJson.Body());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.NotEmpty(problem.ErrorsFor("email"));
        Assert.NotEmpty(problem.ErrorsFor("displayName"));
    }

    [Fact]
    public async Task A_coach_cannot_invite_themselves_as_a_client()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.PostAsJsonAsync("/api/clients", new { email = DemoUser.Coach.Email, displayName = "Morgan Reyes" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("email"));
        Assert.Empty(App.Mail.All);
    }

    [Fact]
    public async Task A_person_with_an_account_becomes_an_active_client_of_a_second_coach_without_a_set_password_link()
    {
        using var secondCoach = await App.AddCoachAsync("jordan.lee@example.com", "Jordan Lee");
        App.Mail.Clear();

        using var invited = await secondCoach.Api.PostAsJsonAsync("/api/clients", new { email = DemoUser.Client.Email, displayName = "Sam Taylor" });

        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var sam = Assert.Single(await secondCoach.Api.ClientsAsync());
        Assert.Equal((DemoUser.Client.Email, "active"), (sam.Email, sam.Status));
        Assert.DoesNotContain(App.Mail.To(DemoUser.Client.Email), m => m.Text.Contains("/invitation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_staff_account_cannot_be_invited_as_a_client()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.PostAsJsonAsync("/api/clients", new { email = DemoUser.Admin.Email, displayName = "Alex Admin" });
        using var admin = await App.SignInAsync(DemoUser.Admin);
        var me = await admin.GetFromJsonAsync<Me>("/api/me");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(["Admin"], me!.Roles);
        Assert.DoesNotContain(await coach.ClientsAsync(), c => c.Email == DemoUser.Admin.Email);
    }

    private async Task<int> AccountsWithEmailAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var normalized = email.ToUpperInvariant();
        return await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Users.CountAsync(u => u.NormalizedEmail == normalized);
    }

    private sealed record Me(Guid Id, string Email, string[] Roles);
}

using System.Net.Http.Json;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// The people a test needs beyond the demo data, made the way the app makes them: a coach invited by the
/// admin, a client invited by a coach, each accepting the mailed link and signing in.
/// </summary>
public static class People
{
    /// <summary>The password invited people choose in tests.</summary>
    public const string Password = "Steady-Steps-42!";

    public static Task<Person> SignInAsPersonAsync(this AppFixture app, DemoUser user) =>
        SignInPersonAsync(app, user.Email, DemoUser.Password);

    /// <summary>A new sign-in, e.g. once the clock has moved past the lifetime of the person's token.</summary>
    public static Task<Person> SignInAgainAsync(this AppFixture app, Person person) =>
        SignInPersonAsync(app, person.Email, person.Password);

    public static async Task<Person> AddCoachAsync(this AppFixture app, string email, string displayName)
    {
        using var admin = await app.SignInAsync(DemoUser.Admin);
        using var invited = await admin.PostAsJsonAsync("/api/admin/coaches", new { email, displayName });
        invited.EnsureSuccessStatusCode();
        return await AcceptInvitationAsync(app, email);
    }

    public static async Task<Person> AddClientAsync(this AppFixture app, Person coach, string email, string displayName)
    {
        using var invited = await coach.Api.PostAsJsonAsync("/api/clients", new { email, displayName });
        invited.EnsureSuccessStatusCode();
        return await AcceptInvitationAsync(app, email);
    }

    /// <summary>
    /// A coach invites someone who already has an account, and its owner accepts the coach from the mailed
    /// link: from then on the coach knows the client by their account id.
    /// </summary>
    public static async Task LinkExistingClientAsync(this AppFixture app, Person coach, string email, string displayName)
    {
        using var invited = await coach.Api.PostAsJsonAsync("/api/clients", new { email, displayName });
        invited.EnsureSuccessStatusCode();
        var token = (await app.Mail.WaitForAsync(m => m.IsTo(email) && m.Text.Contains("/clients/accept", StringComparison.Ordinal), $"a consent request to {email}"))
            .TokenFrom("/clients/accept");
        using var anonymous = app.CreateClient();
        using var accepted = await anonymous.PostAsJsonAsync("/api/client-links/accept", new { token });
        accepted.EnsureSuccessStatusCode();
        await app.Outbox.WaitUntilHandledAsync();
    }

    private static async Task<Person> AcceptInvitationAsync(AppFixture app, string email)
    {
        var token = (await app.Mail.WaitForAsync(email)).TokenFrom("/invitation");
        using var anonymous = app.CreateClient();
        using var accepted = await anonymous.PostAsJsonAsync("/api/auth/accept-invitation", new { token, password = Password });
        accepted.EnsureSuccessStatusCode();
        return await SignInPersonAsync(app, email, Password);
    }

    private static async Task<Person> SignInPersonAsync(AppFixture app, string email, string password)
    {
        var api = await app.SignInAsync(email, password);
        var me = await api.GetFromJsonAsync<Me>("/api/me") ?? throw new InvalidOperationException($"/api/me answered nothing for {email}.");
        return new Person(me.Id, email, password, api);
    }

    private sealed record Me(Guid Id);
}

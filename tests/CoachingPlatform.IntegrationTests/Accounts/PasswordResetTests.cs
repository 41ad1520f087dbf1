using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Accounts;

[Collection(AppCollection.Name)]
public sealed class PasswordResetTests(AppFixture app) : IntegrationTest(app)
{
    private const string NewPassword = "Fresh-Start-2026!";
    private const string ResetSubject = "Reset your CoachingPlatform password";

    [Fact]
    public async Task A_mailed_link_sets_a_new_password_and_the_old_one_stops_working()
    {
        using var anonymous = App.CreateClient();

        using var requested = await anonymous.PostAsJsonAsync("/api/auth/password-reset", new { email = DemoUser.Client.Email });
        var mail = await App.Mail.WaitForAsync(DemoUser.Client.Email);
        using var confirmed = await anonymous.PostAsJsonAsync("/api/auth/password-reset/confirm", new { token = mail.TokenFrom("/password-reset/confirm"), password = NewPassword });
        using var oldPassword = await anonymous.PostAsJsonAsync("/api/auth/login", new { email = DemoUser.Client.Email, password = DemoUser.Password });
        using var newPassword = await anonymous.PostAsJsonAsync("/api/auth/login", new { email = DemoUser.Client.Email, password = NewPassword });

        Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
        Assert.Equal(ResetSubject, mail.Subject);
        Assert.StartsWith(App.BaseAddress.ToString().TrimEnd('/') + "/password-reset/confirm?token=", mail.LinkTo("/password-reset/confirm").ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newPassword.StatusCode);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail()
    {
        using var anonymous = App.CreateClient();

        using var unknown = await anonymous.PostAsJsonAsync("/api/auth/password-reset", new { email = "nobody@example.com" });
        using var known = await anonymous.PostAsJsonAsync("/api/auth/password-reset", new { email = DemoUser.Coach.Email });
        await App.Mail.WaitForAsync(DemoUser.Coach.Email);

        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await known.Content.ReadAsStringAsync());
        Assert.Empty(App.Mail.To("nobody@example.com"));
    }

    [Fact]
    public async Task A_link_works_once()
    {
        using var anonymous = App.CreateClient();
        var token = await RequestTokenAsync(anonymous);
        using var first = await anonymous.PostAsJsonAsync("/api/auth/password-reset/confirm", new { token, password = NewPassword });

        using var second = await anonymous.PostAsJsonAsync("/api/auth/password-reset/confirm", new { token, password = "Another-Pass-77!" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.NotEmpty((await second.ReadProblemAsync()).ErrorsFor("token"));
    }

    [Fact]
    public async Task A_link_expires_after_an_hour()
    {
        using var anonymous = App.CreateClient();
        var token = await RequestTokenAsync(anonymous);
        App.Clock.Advance(TimeSpan.FromMinutes(61));

        using var response = await anonymous.PostAsJsonAsync("/api/auth/password-reset/confirm", new { token, password = NewPassword });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("token"));
    }

    [Fact]
    public async Task A_newer_request_voids_the_earlier_link()
    {
        using var anonymous = App.CreateClient();
        var earlier = await RequestTokenAsync(anonymous);
        App.Mail.Clear();
        var later = await RequestTokenAsync(anonymous);

        using var withEarlier = await anonymous.PostAsJsonAsync("/api/auth/password-reset/confirm", new { token = earlier, password = NewPassword });
        using var withLater = await anonymous.PostAsJsonAsync("/api/auth/password-reset/confirm", new { token = later, password = NewPassword });

        Assert.Equal(HttpStatusCode.BadRequest, withEarlier.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withLater.StatusCode);
    }

    [Fact]
    public async Task A_malformed_token_or_weak_password_is_a_400_naming_the_field()
    {
        using var anonymous = App.CreateClient();
        var token = await RequestTokenAsync(anonymous);

        using var made = await anonymous.PostAsJsonAsync("/api/auth/password-reset/confirm", new { token = "made-up", password = NewPassword });
        using var weak = await anonymous.PostAsJsonAsync("/api/auth/password-reset/confirm", new { token, password = "short" });
        using var empty = await anonymous.PostAsync("/api/auth/password-reset", EmptyJson.Body());

        Assert.NotEmpty((await made.ReadProblemAsync()).ErrorsFor("token"));
        Assert.NotEmpty((await weak.ReadProblemAsync()).ErrorsFor("password"));
        Assert.Contains("Email is required.", (await empty.ReadProblemAsync()).ErrorsFor("email"));
    }

    [Fact]
    public async Task A_signed_in_person_changes_their_password()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var wrong = await coach.PutAsJsonAsync("/api/me/password", new { currentPassword = "not-it", newPassword = NewPassword });
        using var changed = await coach.PutAsJsonAsync("/api/me/password", new { currentPassword = DemoUser.Password, newPassword = NewPassword });
        using var anonymous = App.CreateClient();
        using var withNew = await anonymous.PostAsJsonAsync("/api/auth/login", new { email = DemoUser.Coach.Email, password = NewPassword });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.NotEmpty((await wrong.ReadProblemAsync()).ErrorsFor("currentPassword"));
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
    }

    [Fact]
    public async Task A_cookie_session_stays_signed_in_after_changing_the_password()
    {
        using var browser = await App.SignInWithCookieAsync(DemoUser.Client);

        using var changed = await browser.PutAsJsonAsync("/api/me/password", new { currentPassword = DemoUser.Password, newPassword = NewPassword });
        using var me = await browser.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    private async Task<string> RequestTokenAsync(HttpClient anonymous)
    {
        using var response = await anonymous.PostAsJsonAsync("/api/auth/password-reset", new { email = DemoUser.Client.Email });
        response.EnsureSuccessStatusCode();
        return (await App.Mail.WaitForAsync(DemoUser.Client.Email)).TokenFrom("/password-reset/confirm");
    }
}

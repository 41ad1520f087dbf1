using CoachingPlatform.EndToEndTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CoachingPlatform.EndToEndTests.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class AccountJourneyTests(BrowserFixture browser) : JourneyTest(browser)
{
    private const string NewPassword = "Fresh-Start-2026!";

    [Fact]
    public async Task A_reflection_typed_on_a_phone_survives_a_reload()
    {
        await Page.SetViewportSizeAsync(390, 844);
        await SignInAsync(DemoUser.Client.Email, DemoUser.Password);
        await Page.GetByTestId("continue-step").First.ClickAsync();

        await Page.GetByTestId("reflection").FillAsync("Words I do not want to lose.");
        await Expect(Page.GetByTestId("draft-status")).ToContainTextAsync("Saved");
        await Page.ReloadAsync();

        await Expect(Page.GetByTestId("reflection")).ToHaveValueAsync("Words I do not want to lose.");
        await Expect(Page.GetByTestId("draft-status")).ToContainTextAsync("Your draft from");
    }

    [Fact]
    public async Task A_password_reset_from_the_mailed_link_works()
    {
        await Page.GotoAsync("/signin");
        await Page.GetByTestId("forgot-password").ClickAsync();
        await Page.GetByLabel("Email").FillAsync(DemoUser.Client.Email);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Mail me a link" }).ClickAsync();
        await Expect(Page.GetByTestId("reset-sent")).ToBeVisibleAsync();

        var mail = await Browser.Mail.WaitForAsync(DemoUser.Client.Email);
        await Page.GotoAsync(mail.LinkTo("/password-reset/confirm").ToString());
        await Page.GetByLabel("New password").FillAsync(NewPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save my new password" }).ClickAsync();
        await Expect(Page.GetByTestId("reset-done")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).Last.ClickAsync();
        await SignInAsync(DemoUser.Client.Email, NewPassword);

        await Expect(Page).ToHaveURLAsync(Url("/client"));
    }

    [Fact]
    public async Task A_used_invitation_link_says_so_as_the_page_opens()
    {
        var coach = await Browser.SignInAsPersonAsync(DemoUser.Coach);
        await People.AddClientAsync(Browser, coach, "jo.park@example.com", "Jo Park");
        var link = Browser.Mail.To("jo.park@example.com").Single().LinkTo("/invitation");

        await Page.GotoAsync(link.ToString());

        await Expect(Page.GetByTestId("invitation-status")).ToHaveAttributeAsync("data-status", "used");
        await Expect(Page.GetByLabel("New password")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_field_error_is_tied_to_its_field_and_takes_the_focus()
    {
        await SignInAsync(DemoUser.Coach.Email, DemoUser.Password);
        await Page.GotoAsync("/account");

        await Page.GetByLabel("Current password").FillAsync("not-my-password");
        await Page.GetByLabel("New password", new() { Exact = true }).FillAsync(NewPassword);
        await Page.GetByLabel("Repeat the new password").FillAsync(NewPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();

        var current = Page.GetByLabel("Current password");
        await Expect(current).ToBeFocusedAsync();
        await Expect(current).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(current).ToHaveAccessibleDescriptionAsync("The current password is not correct.");
    }

    [Fact]
    public async Task Leaving_the_program_editor_with_unsaved_edits_asks_first()
    {
        await SignInAsync(DemoUser.Coach.Email, DemoUser.Password);
        await Page.GotoAsync("/coach/programs/new");
        await Page.GetByTestId("program-title-input").FillAsync("A program for Jo");
        string? asked = null;
        Page.Dialog += async (_, dialog) =>
        {
            asked = dialog.Message;
            await dialog.DismissAsync();
        };

        await Page.GetByRole(AriaRole.Link, new() { Name = "Cancel" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(Url("/coach/programs/new"));
        Assert.Equal("Your changes to this program are not saved. Leave without saving them?", asked);
        await Expect(Page.GetByTestId("program-title-input")).ToHaveValueAsync("A program for Jo");
    }

    private async Task SignInAsync(string email, string password)
    {
        if (!Page.Url.EndsWith("/signin", StringComparison.Ordinal))
        {
            await Page.GotoAsync("/signin");
        }

        var form = Page.Locator("form[data-sign-in]");
        await form.GetByLabel("Email").FillAsync(email);
        await form.GetByLabel("Password").FillAsync(password);
        await form.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(Page).Not.ToHaveURLAsync(Url("/signin"));
    }
}

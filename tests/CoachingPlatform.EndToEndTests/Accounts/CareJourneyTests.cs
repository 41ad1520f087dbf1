using CoachingPlatform.EndToEndTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Programs;
using Microsoft.Playwright;

namespace CoachingPlatform.EndToEndTests.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class CareJourneyTests(BrowserFixture browser) : JourneyTest(browser)
{
    [Fact]
    public async Task A_client_asks_for_support_from_any_page_and_reads_the_coachs_reply()
    {
        var client = Page;
        await SignInAsync(client, DemoUser.Client.Email);
        await client.GotoAsync("/client/wins");
        await client.GetByTestId("support-button").ClickAsync();
        await client.GetByTestId("support-message").FillAsync("A hard week.");
        await client.GetByTestId("send-support").ClickAsync();
        await Expect(client.GetByTestId("support-sent")).ToBeVisibleAsync();

        var coach = await Browser.NewPageAsync();
        await SignInAsync(coach, DemoUser.Coach.Email);
        await coach.GetByTestId("client-link").First.ClickAsync();
        await coach.GetByTestId("support-reply").FillAsync("Let us talk on Thursday.");
        await coach.GetByTestId("resolve-support").ClickAsync();
        await Expect(coach.GetByTestId("support-request").First).ToHaveAttributeAsync("data-open", "false");

        await client.GotoAsync("/client/support");
        var request = client.GetByTestId("my-support-request").First;
        await Expect(request).ToHaveAttributeAsync("data-handled", "true");
        await Expect(request.GetByTestId("coach-reply")).ToContainTextAsync("Let us talk on Thursday.");
        await coach.Context.DisposeAsync();
    }

    [Fact]
    public async Task The_dashboard_shows_each_program_apart_and_an_invitation_can_be_sent_again_or_revoked()
    {
        var coachPerson = await Browser.SignInAsPersonAsync(DemoUser.Coach);
        var sam = await Browser.SignInAsPersonAsync(DemoUser.Client);
        await coachPerson.Api.AssignAsync(sam.Id, await coachPerson.Api.ProgramIdAsync(ProgramsApi.TrustInYourself));
        await SignInAsync(Page, DemoUser.Coach.Email);
        await Page.GetByTestId("invite-name").FillAsync("Jo Park");
        await Page.GetByTestId("invite-email").FillAsync("jo.park@example.com");
        await Page.GetByTestId("invite-submit").ClickAsync();
        await Expect(Page.GetByTestId("invite-notice")).ToBeVisibleAsync();

        var samRow = Page.GetByTestId("client-row").Filter(new() { HasText = "Sam Taylor" });
        await Expect(samRow.GetByTestId("program-progress")).ToHaveCountAsync(2);
        var joRow = Page.GetByTestId("client-row").Filter(new() { HasText = "Jo Park" });
        await joRow.GetByTestId("resend-invitation").ClickAsync();
        await Expect(Page.GetByTestId("invite-notice")).ToContainTextAsync("the earlier one no longer works");
        Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await joRow.GetByTestId("revoke-invitation").ClickAsync();

        await Expect(Page.GetByTestId("client-row").Filter(new() { HasText = "Jo Park" })).ToHaveCountAsync(0);
        var mails = await Eventually.UntilAsync(() => Task.FromResult(Browser.Mail.To("jo.park@example.com").Count), count => count >= 2, "the first and the resent invitation");
        Assert.Equal(2, mails);
    }

    [Fact]
    public async Task A_failed_coach_invitation_does_not_keep_the_earlier_success_message()
    {
        await SignInAsync(Page, DemoUser.Admin.Email);
        await InviteCoachAsync("jordan.lee@example.com");
        await Expect(Page.GetByTestId("invite-coach-notice")).ToBeVisibleAsync();

        await InviteCoachAsync("jordan.lee@example.com");

        await Expect(Page.GetByTestId("invite-coach-error")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("invite-coach-notice")).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("coach-row").Filter(new() { HasText = "jordan.lee@example.com" })).ToHaveCountAsync(1);
    }

    private async Task InviteCoachAsync(string email)
    {
        await Page.GetByLabel("Name").FillAsync("Jordan Lee");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/signin");
        var form = page.Locator("form[data-sign-in]");
        await form.GetByLabel("Email").FillAsync(email);
        await form.GetByLabel("Password").FillAsync(DemoUser.Password);
        await form.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin"));
    }
}

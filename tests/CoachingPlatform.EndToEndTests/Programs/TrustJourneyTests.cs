using CoachingPlatform.EndToEndTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CoachingPlatform.EndToEndTests.Programs;

[Collection(BrowserCollection.Name)]
public sealed class TrustJourneyTests(BrowserFixture browser) : JourneyTest(browser)
{
    private const string ClientEmail = "jo.park@example.com";
    private const string ClientPassword = "Healing-Steps-7!";
    private const string Program = "Rebuilding Trust After a Breakup or Betrayal";
    private const string Reflection = "I feel hurt because I kept pretending everything was fine.";

    [Fact]
    public async Task A_coach_invites_assigns_and_sees_the_shared_reflection_of_a_completed_step()
    {
        var coach = Page;
        await SignInAsync(coach, DemoUser.Coach.Email, DemoUser.Password);
        await coach.GetByTestId("invite-name").FillAsync("Jo Park");
        await coach.GetByTestId("invite-email").FillAsync(ClientEmail);
        await coach.GetByTestId("invite-submit").ClickAsync();
        await Expect(coach.GetByTestId("invite-notice")).ToBeVisibleAsync();

        var invitation = await Browser.Mail.WaitForAsync(ClientEmail);
        var client = await Browser.NewPageAsync();
        await client.GotoAsync(invitation.LinkTo("/invitation").ToString());
        await client.GetByLabel("New password").FillAsync(ClientPassword);
        await client.GetByLabel("Repeat it").FillAsync(ClientPassword);
        await client.GetByRole(AriaRole.Button, new() { Name = "Set my password" }).ClickAsync();
        await Expect(client).ToHaveURLAsync(Url("/client"));

        await coach.GotoAsync("/coach");
        await coach.GetByTestId("client-row").Filter(new() { HasText = "Jo Park" }).GetByTestId("client-link").ClickAsync();
        var programId = await coach.Locator($"[data-testid=program-select] option[data-title='{Program}']").GetAttributeAsync("value");
        await coach.GetByTestId("program-select").SelectOptionAsync(programId!);
        await coach.GetByTestId("assign-submit").ClickAsync();
        await Expect(coach.GetByTestId("assignment").Filter(new() { HasText = Program })).ToBeVisibleAsync();

        await client.ReloadAsync();
        await client.GetByTestId("step-link").First.ClickAsync();
        await client.GetByTestId("reflection").FillAsync(Reflection);
        await client.GetByTestId("share-with-coach").CheckAsync();
        await client.GetByTestId("complete-step").ClickAsync();
        await Expect(client.GetByTestId("complete-notice")).ToContainTextAsync("14%");

        await coach.ReloadAsync();
        var assignment = coach.GetByTestId("assignment").Filter(new() { HasText = Program });
        await Expect(assignment.GetByTestId("progress-percent")).ToHaveTextAsync("14%");
        await Expect(assignment.GetByTestId("coach-step").First).ToHaveAttributeAsync("data-step-status", "completed");
        await Expect(assignment.GetByTestId("shared-reflection")).ToContainTextAsync(Reflection);
        await client.Context.DisposeAsync();
    }

    private async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/signin");
        var form = page.Locator("form[data-sign-in]");
        await form.GetByLabel("Email").FillAsync(email);
        await form.GetByLabel("Password").FillAsync(password);
        await form.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("/coach"));
    }
}

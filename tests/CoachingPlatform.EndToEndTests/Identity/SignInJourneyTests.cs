using CoachingPlatform.EndToEndTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.EndToEndTests.Identity;

[Collection(BrowserCollection.Name)]
public sealed class SignInJourneyTests(BrowserFixture browser) : JourneyTest(browser)
{
    private static readonly Dictionary<string, string[]> NavigationByRole = new()
    {
        ["Admin"] = ["admin-home", "admin-jobs"],
        ["Coach"] = ["coach-dashboard", "coach-programs"],
        ["Client"] = ["client-portal", "client-wins"],
    };

    [Theory]
    [MemberData(nameof(DemoUser.RoleNames), MemberType = typeof(DemoUser))]
    public async Task A_demo_user_signs_in_lands_home_with_their_navigation_and_signs_out(string role)
    {
        var user = DemoUser.InRole(role);
        var navigation = Page.Locator("nav[aria-label=Main]");
        var othersLinks = NavigationByRole.Where(r => r.Key != role).SelectMany(r => r.Value);
        await Page.GotoAsync("/signin");

        var form = Page.Locator("form[data-sign-in]");
        await form.GetByLabel("Email").FillAsync(user.Email);
        await form.GetByLabel("Password").FillAsync(DemoUser.Password);
        await form.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(Url(user.Home));
        foreach (var link in NavigationByRole[role])
        {
            await Expect(navigation.Locator($"a[data-nav={link}]")).ToBeVisibleAsync();
        }

        foreach (var link in othersLinks)
        {
            await Expect(navigation.Locator($"a[data-nav={link}]")).ToHaveCountAsync(0);
        }

        await Expect(Page.GetByTestId("signed-in-as")).ToHaveTextAsync(user.Email);

        await Page.Locator("[data-sign-out]").ClickAsync();

        await Expect(Page).ToHaveURLAsync(Url("/"));
        await Expect(Page.Locator("[data-sign-out]")).ToHaveCountAsync(0);
        // A visitor's navigation holds only the public pages: the articles and the Wheel of Life.
        await Expect(navigation.Locator("a[data-nav]")).ToHaveCountAsync(2);
        await Expect(navigation.Locator("a[data-nav=articles]")).ToBeVisibleAsync();
        await Expect(navigation.Locator("a[data-nav=wheel-of-life]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_wrong_password_shows_an_error_and_stays_on_sign_in()
    {
        await Page.GotoAsync("/signin");
        var form = Page.Locator("form[data-sign-in]");

        await form.GetByLabel("Email").FillAsync(DemoUser.Coach.Email);
        await form.GetByLabel("Password").FillAsync("Not-the-password-1");
        await form.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(form.GetByRole(Microsoft.Playwright.AriaRole.Alert)).ToBeVisibleAsync();
        await Expect(Page).ToHaveURLAsync(Url("/signin"));
        await Expect(Page.Locator("[data-sign-out]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_signed_out_visitor_asking_for_a_role_page_is_sent_to_sign_in()
    {
        await Page.GotoAsync("/coach");

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin\\?ReturnUrl=%2Fcoach$"));
    }
}

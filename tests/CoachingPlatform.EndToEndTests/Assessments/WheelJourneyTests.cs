using CoachingPlatform.EndToEndTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Assessments;
using CoachingPlatform.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CoachingPlatform.EndToEndTests.Assessments;

[Collection(BrowserCollection.Name)]
public sealed class WheelJourneyTests(BrowserFixture browser) : JourneyTest(browser)
{
    [Fact]
    public async Task A_visitor_on_a_phone_fills_the_wheel_and_sees_the_drawing_and_the_subscribe_form()
    {
        await Page.SetViewportSizeAsync(390, 844);
        await Page.GotoAsync("/");
        await Page.GetByTestId("home-wheel").ClickAsync();
        await Expect(Page).ToHaveURLAsync(Url("/wheel-of-life"));

        await Page.GetByTestId("range-career").FillAsync("9");
        await Page.GetByLabel("Score for Relationships (1–10)", new() { Exact = true }).FillAsync("2");
        await Page.GetByTestId("range-health").FocusAsync();
        await Page.Keyboard.PressAsync("ArrowRight");
        await Expect(Page.GetByLabel("Score for Career (1–10)", new() { Exact = true })).ToHaveValueAsync("9");
        await Expect(Page.GetByTestId("range-relationships")).ToHaveValueAsync("2");
        await Expect(Page.GetByLabel("Score for Health (1–10)", new() { Exact = true })).ToHaveValueAsync("6");
        await AssertNoHorizontalScrollAsync(Page);
        await Page.GetByTestId("wheel-submit").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/wheel-of-life/results/[0-9a-f-]{36}$"));
        var drawing = Page.GetByTestId("wheel-drawing");
        await Expect(drawing).ToBeVisibleAsync();
        Assert.True(await drawing.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "The wheel drawing did not load.");
        await Expect(Page.GetByTestId("wheel-table").Locator("tr[data-area=career] td[data-score]")).ToHaveTextAsync("9");
        await Expect(Page.GetByTestId("wheel-growth")).ToHaveTextAsync("Relationships");
        await Expect(Page.GetByTestId("subscribe-form")).ToBeVisibleAsync();
        await AssertNoHorizontalScrollAsync(Page);

        await Page.GetByTestId("subscribe-form").GetByLabel("Email").FillAsync("visitor@example.com");
        await Page.GetByTestId("subscribe-form").GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await Expect(Page.GetByTestId("wheel-notice")).ToContainTextAsync("Check your inbox");
        await Browser.Mail.WaitForAsync("visitor@example.com");
    }

    [Fact]
    public async Task A_client_s_second_result_shows_the_first_one_outlined_in_my_wheel()
    {
        await SignInAsync(DemoUser.Client.Email);
        await TakeWheelAsync(("health", "4"), ("relationships", "3"));
        Browser.Clock.Advance(TimeSpan.FromMinutes(10));
        await TakeWheelAsync(("health", "7"), ("relationships", "6"));
        await Expect(Page.GetByTestId("wheel-table").Locator("tr[data-area=health] td").Nth(2)).ToHaveTextAsync("+3");

        await Page.GotoAsync("/client/wheel");

        var drawing = Page.GetByTestId("my-wheel").GetByTestId("wheel-drawing");
        await Expect(drawing).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex(@"wheel\.svg\?compare="));
        Assert.Contains("class=\"earlier\"", await SvgOfAsync(drawing), StringComparison.Ordinal);
        await Expect(Page.GetByTestId("wheel-table").Locator("tr[data-area=relationships] td[data-change]")).ToHaveTextAsync("+3");
        await Expect(Page.GetByTestId("trend")).ToHaveCountAsync(8);
    }

    [Fact]
    public async Task The_coach_sees_the_client_s_wheel_with_the_overlay_and_asks_for_a_retake()
    {
        using (var client = await Browser.SignInAsPersonAsync(DemoUser.Client))
        {
            await client.Api.TakeWheelAsync(WheelApi.Scores(5, ("relationships", 2)), new Dictionary<string, string> { ["relationships"] = "Still raw" });
            Browser.Clock.Advance(TimeSpan.FromMinutes(10));
            await client.Api.TakeWheelAsync(WheelApi.Scores(6, ("relationships", 5)));
        }

        var clientId = (await Browser.SignInAsPersonAsync(DemoUser.Client)).Id;
        await SignInAsync(DemoUser.Coach.Email);
        await Page.GotoAsync($"/coach/clients/{clientId}");

        var wheel = Page.GetByTestId("client-wheel");
        var drawing = wheel.GetByTestId("wheel-drawing");
        await Expect(drawing).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex(@"wheel\.svg\?compare="));
        Assert.Contains("class=\"earlier\"", await SvgOfAsync(drawing), StringComparison.Ordinal);
        await Expect(wheel.Locator("tr[data-area=relationships] td[data-change]")).ToHaveTextAsync("+3");

        await wheel.GetByTestId("retake-request").ClickAsync();
        await Expect(wheel.GetByTestId("retake-form").Locator(".notice")).ToBeVisibleAsync();
        var mail = await Browser.Mail.WaitForAsync(DemoUser.Client.Email);
        Assert.Equal("/wheel-of-life", mail.LinkTo("/wheel-of-life").AbsolutePath);
    }

    [Fact]
    public async Task A_result_prints_on_one_page()
    {
        await Page.GotoAsync("/wheel-of-life");
        await Page.Locator("#score-relationships").FillAsync("2");
        await Page.GetByText("Add a note (optional)").First.ClickAsync();
        await Page.GetByLabel("Note about Health").FillAsync("Sleeping badly since the move, and walking less than I used to.");
        await Page.GetByTestId("wheel-submit").ClickAsync();
        await Expect(Page.GetByTestId("wheel-drawing")).ToBeVisibleAsync();

        var pdf = await Page.PdfAsync(new() { Format = "A4", PrintBackground = true });

        var pages = System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count;
        Assert.Equal(1, pages);
    }

    private async Task SignInAsync(string email)
    {
        await Page.GotoAsync("/signin");
        var form = Page.Locator("form[data-sign-in]");
        await form.GetByLabel("Email").FillAsync(email);
        await form.GetByLabel("Password").FillAsync(DemoUser.Password);
        await form.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(Page.GetByTestId("signed-in-as")).ToBeVisibleAsync();
    }

    private async Task TakeWheelAsync(params (string Area, string Score)[] scores)
    {
        await Page.GotoAsync("/wheel-of-life");
        foreach (var (area, score) in scores)
        {
            await Page.Locator($"#score-{area}").FillAsync(score);
        }

        await Page.GetByTestId("wheel-submit").ClickAsync();
        await Expect(Page.GetByTestId("wheel-result")).ToBeVisibleAsync();
    }

    /// <summary>The drawing an image shows, fetched by the page itself (with its cookie), as the browser loaded it.</summary>
    private static Task<string> SvgOfAsync(ILocator image) =>
        image.EvaluateAsync<string>("async img => (await fetch(img.src, { credentials: 'same-origin' })).text()");

    private static async Task AssertNoHorizontalScrollAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways.");
}

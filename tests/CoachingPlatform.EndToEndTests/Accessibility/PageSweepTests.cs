using CoachingPlatform.EndToEndTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CoachingPlatform.EndToEndTests.Accessibility;

/// <summary>Every page of <see cref="SitePages"/> at a phone's width (390 px), as the role that opens it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageSweepTests(BrowserFixture browser) : JourneyTest(browser)
{
    [Theory]
    [MemberData(nameof(SitePages.Cases), MemberType = typeof(SitePages))]
    public async Task A_page_fits_a_phone_with_labelled_inputs_ordered_headings_no_console_errors_and_no_serious_axe_violations(string role, string path)
    {
        var page = await OpenAsync(role, path);

        var tooWide = await page.EvaluateAsync<string[]>(PageChecks.ElementsWiderThanTheViewport);
        var unlabelled = await page.EvaluateAsync<string[]>(PageChecks.UnlabelledInputs);
        var smallTargets = await page.EvaluateAsync<string[]>(PageChecks.SmallTouchTargets);
        var headings = await page.EvaluateAsync<string[]>(PageChecks.HeadingsOutOfOrder);
        var axe = await page.RunAxe();
        if (Environment.GetEnvironmentVariable("PAGE_SCREENSHOTS") is { Length: > 0 } folder)
        {
            var name = $"{role}{path}".Replace('/', '-').Replace('?', '-').Replace('{', '_').Replace('}', '_');
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
        }

        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();

        Assert.True(tooWide.Length == 0, $"{path} as {role}: wider than 390 px: {string.Join("; ", tooWide)}");
        Assert.True(unlabelled.Length == 0, $"{path} as {role}: inputs without a label: {string.Join("; ", unlabelled)}");
        Assert.True(smallTargets.Length == 0, $"{path} as {role}: touch targets under 44 px: {string.Join("; ", smallTargets)}");
        Assert.True(headings.Length == 0, $"{path} as {role}: headings out of order: {string.Join("; ", headings)}");
        Assert.True(serious.Count == 0, $"{path} as {role}: axe-core: {string.Join(" | ", serious)}");
        Assert.True(consoleErrors.Count == 0, $"{path} as {role}: console errors: {string.Join(" | ", consoleErrors)}");
    }

    private readonly List<string> consoleErrors = [];

    private async Task<IPage> OpenAsync(string role, string path)
    {
        await Page.SetViewportSizeAsync(390, 844);
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        Page.PageError += (_, error) => consoleErrors.Add(error);
        if (role != SitePages.Anonymous)
        {
            var user = DemoUser.InRole(role);
            var response = await Page.Context.APIRequest.PostAsync("/api/auth/login?useCookies=true",
                new() { DataObject = new { email = user.Email, password = DemoUser.Password } });
            Assert.True(response.Ok, $"Signing in as {role} answered {response.Status}.");
        }

        var target = await PagePlaceholders.ResolveAsync(Browser, path);
        var opened = await Page.GotoAsync(target);
        Assert.True(opened is not null && opened.Ok, $"{target} as {role} answered {opened?.Status}.");
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(Page.Locator("[aria-busy=true]")).ToHaveCountAsync(0);
        return Page;
    }
}

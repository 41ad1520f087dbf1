using CoachingPlatform.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CoachingPlatform.EndToEndTests.Infrastructure;

/// <summary>
/// The integration tests' app host served on Kestrel on a free port, plus one headless Chromium for the
/// whole run. Each test gets a fresh browser context (its own cookies) from <see cref="NewPageAsync"/>.
/// </summary>
public sealed class BrowserFixture : AppFixture
{
    public static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private static readonly TimeSpan ActionTimeout = TimeSpan.FromSeconds(15);

    private IPlaywright? playwright;
    private IBrowser? browser;

    protected override bool OnKestrel => true;

    /// <summary>Debian's Chromium, or the one CHROMIUM_PATH names: Playwright cannot download browsers here.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();

        // Two cores shared with other test projects: give a page longer than Playwright's 5 s to settle.
        Assertions.SetDefaultExpectTimeout((float)ActionTimeout.TotalMilliseconds);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public override async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>A page in a new browser context whose relative URLs resolve against the app.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await (browser ?? throw new InvalidOperationException("The browser has not been launched.")).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "en-GB",
        });
        context.SetDefaultTimeout((float)ActionTimeout.TotalMilliseconds);
        return await context.NewPageAsync();
    }
}

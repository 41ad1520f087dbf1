using Microsoft.Playwright;

namespace CoachingPlatform.EndToEndTests.Infrastructure;

/// <summary>
/// The base of a journey test: a freshly seeded app, an empty inbox and a new page with no cookies.
/// Derived classes carry <c>[Collection(BrowserCollection.Name)]</c>.
/// </summary>
public abstract class JourneyTest(BrowserFixture browser) : IAsyncLifetime
{
    private IPage? page;

    protected BrowserFixture Browser { get; } = browser;

    protected IPage Page => page ?? throw new InvalidOperationException("The page is opened before each test.");

    public async Task InitializeAsync()
    {
        await Browser.ResetAsync();
        page = await Browser.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (page is not null)
        {
            await page.Context.DisposeAsync();
        }
    }

    protected static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    protected static IPageAssertions Expect(IPage target) => Assertions.Expect(target);

    /// <summary>The absolute URL of a path in the app, e.g. for URL assertions.</summary>
    protected string Url(string path) => new Uri(Browser.BaseAddress, path).ToString();
}

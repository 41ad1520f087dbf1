using System.Net.Http.Json;
using CoachingPlatform.BuildingBlocks.Modules;
using CoachingPlatform.IntegrationTests.Infrastructure.Mail;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// One app host for the whole run over a real database (a SQLite file, or PostgreSQL: see <see cref="TestDatabase"/>)
/// and the run's event transport (in process, or RabbitMQ: see <see cref="TestTransport"/>), mailing an in-process SMTP server, reading the
/// time from <see cref="Clock"/>. Tests call <see cref="ResetAsync"/> first, which sets the clock to the
/// real now, empties the database, seeds it again and forgets received mail.
/// In memory by default; a derived fixture serves the app on Kestrel for a browser.
/// </summary>
public class AppFixture : IAsyncLifetime
{
    private DirectoryInfo? folder;
    private TestMailServer? mailServer;
    private CoachingAppFactory? factory;
    private TestDatabase? testDatabase;
    private TestTransport? transport;
    private DatabaseResetter? database;
    private OutboxProbe? outbox;
    private Dictionary<string, string?> settings = [];

    /// <summary>Serve the app on Kestrel on a free loopback port instead of the in-memory test server.</summary>
    protected virtual bool OnKestrel => false;

    public CoachingAppFactory Factory => factory ?? throw NotStarted();

    public IServiceProvider Services => Factory.Services;

    public MailInbox Mail => mailServer?.Inbox ?? throw NotStarted();

    /// <summary>Waits until every event written so far has been published and handled.</summary>
    public OutboxProbe Outbox => outbox ?? throw NotStarted();

    /// <summary>
    /// The app's clock: the real time at each reset, then still until a test moves it forward, so that a test
    /// lets days pass in one line and no date or hour changes under it.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new();

    /// <summary>Where the app is reached; links in its mails start with it.</summary>
    public Uri BaseAddress { get; private set; } = new("http://localhost");

    public virtual async Task InitializeAsync()
    {
        folder = Directory.CreateTempSubdirectory("coaching-tests-");
        mailServer = await TestMailServer.StartAsync();
        var port = OnKestrel ? FreeTcpPort.Next() : (int?)null;
        BaseAddress = port is { } p ? new Uri($"http://127.0.0.1:{p}") : new Uri("http://localhost");
        settings = TestSettings.For(folder.FullName, BaseAddress, mailServer.Host, mailServer.Port);
        testDatabase = TestDatabase.Create(folder.FullName);
        transport = await TestTransport.CreateAsync();
        foreach (var (key, value) in testDatabase.Settings.Concat(transport.Settings))
        {
            settings[key] = value;
        }

        Clock.AdjustTime(Clocks.RealNow());
        factory = new CoachingAppFactory(settings, Clock);
        if (port is { } kestrelPort)
        {
            factory.UseKestrel(kestrelPort);
        }

        factory.StartServer();
        database = new DatabaseResetter(testDatabase);
        outbox = new OutboxProbe(factory.Services);
    }

    public virtual async Task DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (mailServer is not null)
        {
            await mailServer.DisposeAsync();
        }

        if (testDatabase is not null)
        {
            await testDatabase.DisposeAsync();
        }

        if (transport is not null)
        {
            await transport.DisposeAsync();
        }

        folder?.Delete(recursive: true);
    }

    /// <summary>
    /// The clock at the real now, an empty database seeded as at start-up (roles, demo users), and an empty
    /// inbox. The previous test's events are handled first, so none of them acts in the next test.
    /// </summary>
    public async Task ResetAsync()
    {
        try
        {
            await Outbox.WaitUntilHandledAsync();
        }
        catch (TimeoutException timedOut) when (TestTransport.OnRabbitMq)
        {
            throw new TimeoutException($"{timedOut.Message} The broker's queues (ready, unacknowledged, consumers): {await transport!.DescribeAsync()}", timedOut);
        }

        Clock.AdjustTime(Clocks.RealNow());
        await (database ?? throw NotStarted()).ResetAsync();

        // The reset empties the tables behind EF's back: what readers were shown is not kept either.
        CoachingPlatform.BuildingBlocks.Web.PublicContent.Changes.Changed();
        await SeedAgainAsync();
        Mail.Clear();
    }

    /// <summary>A second, in-memory host over the same database, mail server and clock with some settings changed; dispose it.</summary>
    public CoachingAppFactory CreateFactory(IReadOnlyDictionary<string, string?> overrides, Action<IServiceCollection>? configure = null)
    {
        var changed = new Dictionary<string, string?>(settings);
        foreach (var (key, value) in overrides)
        {
            changed[key] = value;
        }

        return new CoachingAppFactory(changed, Clock, configure);
    }

    /// <summary>An anonymous API client: no cookies, redirects answered as they are.</summary>
    public HttpClient CreateClient() => NewClient(keepCookies: false);

    /// <summary>A client that keeps cookies like a browser but shows redirects instead of following them.</summary>
    public HttpClient CreateCookieClient() => NewClient(keepCookies: true);

    public Task<HttpClient> SignInAsync(DemoUser user) => SignInAsync(user.Email, DemoUser.Password);

    /// <summary>A client carrying the bearer token the login endpoint hands out.</summary>
    public Task<HttpClient> SignInAsync(string email, string password) => CreateClient().WithBearerTokenOfAsync(email, password);

    public Task<HttpClient> SignInWithCookieAsync(DemoUser user) => SignInWithCookieAsync(user.Email, DemoUser.Password);

    /// <summary>
    /// A cookie client signed in the way the pages sign in, sending the antiforgery token a page gives it
    /// with every request, as the pages' scripts do.
    /// </summary>
    public async Task<HttpClient> SignInWithCookieAsync(string email, string password)
    {
        var client = CreateCookieClient();
        using var response = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Cookie sign-in of {email} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        client.DefaultRequestHeaders.Add(PageTokens.HeaderName, await client.PageTokenAsync());
        return client;
    }

    private HttpClient NewClient(bool keepCookies)
    {
        if (!OnKestrel)
        {
            return Factory.CreateClient(new WebApplicationFactoryClientOptions
            {
                BaseAddress = BaseAddress,
                AllowAutoRedirect = false,
                HandleCookies = keepCookies,
            });
        }

        // Over a real socket the factory's options do not reach the handler, so it is built here.
        return new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = keepCookies }) { BaseAddress = BaseAddress };
    }

    /// <summary>The module initializers as at start-up but the migrations, which would find nothing to do: the reset keeps the schema.</summary>
    private async Task SeedAgainAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        foreach (var initializer in scope.ServiceProvider.GetServices<IModuleInitializer>().Where(i => i.Order > InitializerOrder.Migrate).OrderBy(i => i.Order))
        {
            await initializer.InitializeAsync(CancellationToken.None);
        }
    }

    private static InvalidOperationException NotStarted() => new("The app fixture has not been initialized.");
}

using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.IntegrationTests.Foundation;

/// <summary>
/// <c>App:NodeName</c> tells several nodes apart: request logs and background work carry it as a scope, and
/// the deliveries page says which node served it.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class NodeNameTests(AppFixture app) : IntegrationTest(app)
{
    private const string Node = "node-under-test";

    [Fact]
    public async Task Logs_of_requests_and_of_the_delivery_loops_carry_the_node_name()
    {
        var logs = new CapturedLogs();
        using var database = new SeparateDatabase();
        await using var host = App.CreateFactory(
            database.Settings(
                ("App:NodeName", Node),
                ("Logging:LogLevel:CoachingPlatform", "Debug"),
                ("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information")),
            services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = await host.CreateClient().WithBearerTokenOfAsync(DemoUser.Coach.Email, DemoUser.Password);

        using var response = await client.GetAsync("/api/clients");
        // A claim first asks for due rows, whether or not any are waiting.
        var claim = await Eventually.UntilAsync(() => Task.FromResult(logs.Entries.FirstOrDefault(e => e.Message.Contains("\"LockedUntil\" IS NULL OR", StringComparison.Ordinal))),
            entry => entry is not null, "a delivery loop's claim in the logs");
        var handled = logs.Entries.Where(e => e.Message.StartsWith("Handled ", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(handled);
        Assert.All(handled, e => Assert.Contains($"Node {Node}", e.Scopes));
        Assert.Contains($"Node {Node}", claim!.Scopes);
    }

    [Fact]
    public async Task The_deliveries_page_names_the_node_that_served_it()
    {
        using var admin = await App.SignInWithCookieAsync(DemoUser.Admin);
        var node = App.Services.GetRequiredService<IOptions<AppOptions>>().Value.NodeName;

        var html = await admin.GetStringAsync("/admin/deliveries");

        Assert.Contains($"Served by node <strong>{HtmlEncoder.Default.Encode(node)}</strong>", html, StringComparison.Ordinal);
    }

    private sealed record Entry(string Category, string Message, IReadOnlyList<string> Scopes);

    private sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

        public ConcurrentQueue<Entry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(CapturedLogs logs, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => logs.scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var active = new List<string>();
                logs.scopes.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? ""), active);
                logs.Entries.Enqueue(new Entry(category, formatter(state, exception), active));
            }
        }
    }
}

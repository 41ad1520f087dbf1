using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Infrastructure.Mail;
using CoachingPlatform.IntegrationTests.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Delivery;

/// <summary>
/// Hosts over a database of their own, mailing a port of their own, so that the fixture's host delivers
/// none of their work and what reaches their mail server can be counted.
/// </summary>
public sealed class IsolatedHost : IAsyncDisposable
{
    private readonly SeparateDatabase database = new();
    private readonly List<CoachingAppFactory> hosts = [];

    public int MailPort { get; } = FreeTcpPort.Next();

    public CoachingAppFactory Start(AppFixture app, Action<IServiceCollection>? configure = null, params (string Key, string? Value)[] settings)
    {
        var host = app.CreateFactory(database.Settings([("Email:Smtp:Port", MailPort.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. settings]), configure);
        host.StartServer();
        hosts.Add(host);
        return host;
    }

    public Task<TestMailServer> StartMailServerAsync() => TestMailServer.StartAsync(MailPort);

    public async ValueTask DisposeAsync()
    {
        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }

        database.Dispose();
    }
}

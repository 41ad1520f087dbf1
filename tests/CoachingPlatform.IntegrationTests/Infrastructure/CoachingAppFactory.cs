using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// The real host (Program) with test settings and the test's clock; in memory, or on Kestrel when asked to.
/// </summary>
public sealed class CoachingAppFactory(IReadOnlyDictionary<string, string?> settings, FakeTimeProvider clock, Action<IServiceCollection>? configure = null)
    : WebApplicationFactory<Program>
{
    /// <summary>A setting only tests read: "true" keeps the production password hashing strength.</summary>
    public const string FullStrengthHashing = "Tests:FullStrengthHashing";

    private IBusControl? bus;

    /// <summary>
    /// With the RabbitMQ transport, the bus is stopped first and waited for: this host's consumers share the
    /// queues of the test's virtual host with other hosts, and a message this host holds must be stored (or go
    /// back to the queue) before its services are disposed, not be left on a connection that outlives it. The
    /// bus is found when the host is built: by now a test may have disposed the host (and its services) itself.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref bus, null) is { } running)
        {
            // Bounded: a bus whose broker a test cut off can ignore the token and wait on its connection for
            // good; then the host's own shutdown below takes it down, as it does for every other host.
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await running.StopAsync(limit.Token).WaitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                // Not stopped in time: left to the host's shutdown.
            }
        }

        await base.DisposeAsync();
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        // A host made with WithWebHostBuilder is built through this method too: the first host is this factory's own.
        var host = base.CreateHost(builder);
        bus ??= host.Services.GetService<IBusControl>();
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Host settings reach Program's configuration before it registers services, unlike app configuration.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter, ThrowingEndpoint>();
            services.AddSingleton<IStartupFilter, RemoteAddress>();
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));

            // Every reset seeds three accounts and most tests sign in: full-strength hashing would dominate the run.
            // Timing tests ask for the real strength.
            if (!settings.TryGetValue(FullStrengthHashing, out var full) || full != "true")
            {
                services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000);
            }

            configure?.Invoke(services);
        });
    }
}

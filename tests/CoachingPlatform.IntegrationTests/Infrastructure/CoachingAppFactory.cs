using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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

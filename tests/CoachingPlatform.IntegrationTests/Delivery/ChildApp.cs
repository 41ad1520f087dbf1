using System.Diagnostics;
using System.Globalization;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Delivery;

/// <summary>
/// The real app in a process of its own (the built CoachingPlatform.Web.dll beside the tests), over a
/// given folder and mail port, so that a test can kill it with SIGKILL and start it again.
/// </summary>
public sealed class ChildApp : IAsyncDisposable
{
    // A first start migrates a fresh database (a server database too, for the cluster test): on a loaded 2-core machine that takes most of a minute.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    private readonly Process process;

    private ChildApp(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<ChildApp> StartAsync(string folder, int mailPort, params (string Key, string Value)[] settings)
    {
        var port = FreeTcpPort.Next();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CoachingPlatform.Web.dll")])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = address.ToString(),
            ["ConnectionStrings__Coaching"] = $"Data Source={Path.Combine(folder, "coaching.db")}",
            ["Hangfire__Storage"] = "InMemory",
            ["Hangfire__Server"] = "false",
            ["Email__Delivery"] = "Smtp",
            ["Email__Smtp__Host"] = "127.0.0.1",
            ["Email__Smtp__Port"] = mailPort.ToString(CultureInfo.InvariantCulture),
            ["App__BaseUrl"] = address.ToString().TrimEnd('/'),
            ["RateLimiting__PublicWritesPerMinute"] = "1000000",
            ["Seed__Demo"] = "true",
            ["Seed__DemoPassword"] = DemoUser.Password,
            ["DataProtection__KeysPath"] = Path.Combine(folder, "keys"),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new ChildApp(process, address);
        try
        {
            await app.WaitUntilReadyAsync();
        }
        catch
        {
            // A process that never became ready would otherwise outlive the test.
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    public HttpClient CreateClient() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>
    /// SIGKILL: no shutdown, no flush, exactly like a machine losing the process. Sent straight to the app
    /// (it starts no processes of its own): killing a process tree stops the process first and kills it
    /// only once its children are listed, which can take a second on a loaded machine.
    /// </summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {process.ExitCode} before it was ready.");
            }

            try
            {
                using var response = await client.GetAsync("/health/live");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer in time.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The app was not ready within {StartTimeout}.");
    }
}

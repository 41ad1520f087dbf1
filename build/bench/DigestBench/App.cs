using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace DigestBench;

/// <summary>The real app (the built CoachingPlatform.Web.dll) in a process of its own, mailing the sink.</summary>
internal sealed class App : IDisposable
{
    private readonly Process process;

    public App(string webDll, string contentRoot, string folder, int port, int mailPort, IEnumerable<string> settings)
    {
        Address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [webDll, "--contentRoot", contentRoot])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = Address.ToString(),
            ["ConnectionStrings__Coaching"] = $"Data Source={Database(folder)}",
            ["Hangfire__Storage"] = "InMemory",
            ["Hangfire__Server"] = "true",
            ["Email__Delivery"] = "Smtp",
            ["Email__Smtp__Host"] = "127.0.0.1",
            ["Email__Smtp__Port"] = mailPort.ToString(CultureInfo.InvariantCulture),
            ["App__BaseUrl"] = Address.ToString().TrimEnd('/'),
            ["Seed__Demo"] = "true",
            ["Seed__DemoPassword"] = Password,
            ["DataProtection__KeysPath"] = Path.Combine(folder, "keys"),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var setting in settings)
        {
            var (key, value) = (setting[..setting.IndexOf('=', StringComparison.Ordinal)], setting[(setting.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
        process.OutputDataReceived += (_, e) => Forward(e.Data);
        process.ErrorDataReceived += (_, e) => Forward(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public const string Password = "Bench-2026!";

    public Uri Address { get; }

    public static string Database(string folder) => Path.Combine(folder, "coaching.db");

    /// <summary>The process's peak resident set (VmHWM), in MB: its peak working set on Linux.</summary>
    public double PeakMegabytes()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <summary>CPU time the app's process has used so far (user and system), from /proc.</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    public async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {process.ExitCode}.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The app was not ready in two minutes.");
    }

    /// <summary>"Run now" of a digest ("daily" or "weekly"), as the admin: the same Hangfire job the schedule runs.</summary>
    public async Task RunDigestAsync(string frequency)
    {
        using var client = new HttpClient { BaseAddress = Address };
        using var login = await client.PostAsJsonAsync(new Uri("/api/auth/login", UriKind.Relative), new { email = "admin@example.com", password = Password });
        login.EnsureSuccessStatusCode();
        using var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        using var run = await client.PostAsync(new Uri($"/api/admin/digests/{frequency}/run", UriKind.Relative), null);
        run.EnsureSuccessStatusCode();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        process.Dispose();
    }

    private static void Forward(string? line)
    {
        if (!string.IsNullOrEmpty(line))
        {
            Console.Error.WriteLine($"  app: {line}");
        }
    }
}

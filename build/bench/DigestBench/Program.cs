using System.Diagnostics;
using System.Globalization;
using DigestBench;

// Usage: DigestBench <CoachingPlatform.Web.dll> <content root> [subscribers=100000] [Key=Value app settings...]
var webDll = Path.GetFullPath(args[0]);
var contentRoot = Path.GetFullPath(args[1]);
var subscribers = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000;
var settings = args.Skip(3).ToList();
// Both sides first send untimed mails, as the HTTP routes get load before they are measured: the app's
// digest path and the plain loop's MailKit path are then compiled and tiered up when the timing starts.
// Queueing alone (BENCH_QUEUE_ONLY=1, a profiling aid run with the app's sending switched off) sends nothing to warm up with.
var queueOnly = Environment.GetEnvironmentVariable("BENCH_QUEUE_ONLY") == "1";
var warmUp = queueOnly ? 0 : Number("BENCH_DIGEST_WARMUP", 10_000);
// The ports can be moved (BENCH_SMTP_PORT, BENCH_APP_PORT) when another run uses the defaults.
var sinkPort = Number("BENCH_SMTP_PORT", 5200);
var appPort = Number("BENCH_APP_PORT", 5201);

var folder = Directory.CreateTempSubdirectory("digest-bench-").FullName;
try
{
    await using var sink = new Sink(sinkPort);
    TimeSpan digestElapsed;
    TimeSpan appCpu;
    TimeSpan sinkCpu;
    double peak;
    var loadBefore = File.ReadAllText("/proc/loadavg").Split(' ')[0];
    using (var app = new App(webDll, contentRoot, folder, appPort, sinkPort, settings))
    {
        await app.WaitUntilReadyAsync();
        var seeding = Stopwatch.StartNew();
        Seed.Run(App.Database(folder), subscribers, warmUp);
        Console.WriteLine($"Seeded {subscribers:N0} confirmed weekly subscribers, {warmUp:N0} daily ones and 3 articles, 3 comments in {seeding.Elapsed.TotalSeconds:F1} s");
        if (warmUp > 0)
        {
            sink.Reset();
            await app.RunDigestAsync("daily");
            await sink.WaitForAsync(warmUp);
            await Task.Delay(TimeSpan.FromSeconds(3));
            Console.WriteLine($"Warm-up: the daily digest sent to {warmUp:N0} subscribers (not timed)");
        }

        sink.Reset();

        // From "run now" to the last digest accepted by the sink: the run queues them in batches while
        // the mail queue sends them, both in the app's process.
        var run = Stopwatch.StartNew();
        var (appCpuBefore, benchCpuBefore) = (app.CpuTime(), Process.GetCurrentProcess().TotalProcessorTime);
        await app.RunDigestAsync("weekly");
        if (queueOnly)
        {
            // Profiling aid: with the app's sending switched off, how long queueing alone takes.
            while (double.IsNaN(Seed.RunSeconds(App.Database(folder))))
            {
                await Task.Delay(200);
            }

            Console.WriteLine($"Queued {subscribers:N0} digests in {Seed.RunSeconds(App.Database(folder)):F1} s; peak working set {app.PeakMegabytes():F0} MB");
            return;
        }

        await sink.WaitForAsync(subscribers);

        digestElapsed = run.Elapsed;
        (appCpu, sinkCpu) = (app.CpuTime() - appCpuBefore, Process.GetCurrentProcess().TotalProcessorTime - benchCpuBefore);
        peak = app.PeakMegabytes();
        Console.WriteLine($"The run queued its mails in {Seed.RunSeconds(App.Database(folder)):F1} s; the last was accepted {digestElapsed.TotalSeconds:F1} s after \"run now\"");
    }

    var rendering = Stopwatch.StartNew();
    PlainLoop.Render(App.Database(folder));
    Console.WriteLine($"Rendered the queued digests for the plain loop in {rendering.Elapsed.TotalSeconds:F1} s (not timed)");
    sink.Reset();
    var (plainSent, plainElapsed, plainCpu) = await PlainLoop.RunAsync(App.Database(folder), sinkPort, warmUp);
    if (sink.Count != warmUp + plainSent)
    {
        throw new InvalidOperationException($"The sink counted {sink.Count} of the plain loop's {warmUp} + {plainSent} mails.");
    }

    var digestRate = subscribers / digestElapsed.TotalSeconds;
    var plainRate = plainSent / plainElapsed.TotalSeconds;
    Console.WriteLine($"Digest run (queue + send), {subscribers:N0} mails: {digestElapsed.TotalSeconds,7:F1} s {digestRate,8:F0} mails/s   app peak working set {peak:F0} MB");
    Console.WriteLine($"Plain MailKit loop, one connection, {plainSent:N0} mails: {plainElapsed.TotalSeconds,7:F1} s {plainRate,8:F0} mails/s");
    Console.WriteLine($"Digest run / plain loop: {digestRate / plainRate:P0}   ({Environment.ProcessorCount} cores, load average {loadBefore} before, {File.ReadAllText("/proc/loadavg").Split(' ')[0]} after{(settings.Count > 0 ? ", " + string.Join(" ", settings) : "")})");

    // CPU time per mail does not depend on what else the machine runs; the sink's share is in the bench process.
    var sinkPerMail = sinkCpu.TotalMilliseconds / subscribers;
    Console.WriteLine($"CPU per mail: app {appCpu.TotalMilliseconds / subscribers:F2} ms (queue + send), plain loop {plainCpu.TotalMilliseconds / plainSent - sinkPerMail:F2} ms, sink {sinkPerMail:F2} ms");
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

static int Number(string variable, int fallback) =>
    int.TryParse(Environment.GetEnvironmentVariable(variable), CultureInfo.InvariantCulture, out var port) ? port : fallback;

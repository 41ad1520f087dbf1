using System.Diagnostics;
using System.Net;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Foundation;

/// <summary>
/// The published app started from another folder finds its settings and web assets; readiness fails
/// without the assets. The first test publishes the build that is already there (no compile) and runs it.
/// </summary>
[Collection(AppCollection.Name)]
[Trait(TestDatabase.Trait, TestDatabase.SqliteOnly)]
public sealed class AppFolderTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_published_app_started_from_another_folder_serves_its_stylesheet_and_is_ready()
    {
        var root = RepositoryRoot();
        var work = Directory.CreateTempSubdirectory("coaching-published-");
        try
        {
            var publish = Path.Combine(work.FullName, "app");
            await RunAsync(root, "dotnet", $"publish src/CoachingPlatform.Web --no-build -c {Configuration} -o \"{publish}\" -v q -nologo");
            var elsewhere = Directory.CreateDirectory(Path.Combine(work.FullName, "elsewhere")).FullName;
            var port = FreeTcpPort.Next();
            using var process = Start(Path.Combine(publish, "CoachingPlatform.Web.dll"), elsewhere, port);
            try
            {
                using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
                var ready = await Eventually.UntilAsync(() => StatusOfAsync(http, "/health/ready"), status => status == HttpStatusCode.OK,
                    "the published app to be ready", TimeSpan.FromSeconds(60));
                using var css = await http.GetAsync("/css/site.css");

                Assert.Equal(HttpStatusCode.OK, ready);
                Assert.Equal(HttpStatusCode.OK, css.StatusCode);
                Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
                Assert.True(File.Exists(Path.Combine(publish, "data", "coaching.db")), "The data folder is the app's own, not the starting folder.");
                Assert.False(Directory.Exists(Path.Combine(elsewhere, "data")));
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Readiness_fails_when_the_web_assets_are_missing()
    {
        var empty = Directory.CreateTempSubdirectory("coaching-no-assets-");
        try
        {
            await using var factory = App.CreateFactory(new Dictionary<string, string?> { ["webroot"] = empty.FullName, ["environment"] = "Production" });
            using var client = factory.CreateClient();

            using var ready = await client.GetAsync("/health/ready");
            using var live = await client.GetAsync("/health/live");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CoachingPlatform.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (CoachingPlatform.sln) was not found.");
    }

    private static async Task<HttpStatusCode?> StatusOfAsync(HttpClient http, string path)
    {
        try
        {
            using var response = await http.GetAsync(path);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static async Task RunAsync(string folder, string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} {arguments} failed: {await output} {await errors}");
    }

    private static Process Start(string dll, string workingDirectory, int port)
    {
        var info = new ProcessStartInfo("dotnet", $"\"{dll}\" --urls http://127.0.0.1:{port}") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Hangfire__Storage"] = "InMemory";
        info.Environment["Hangfire__Server"] = "false";
        info.Environment["Email__Delivery"] = "Pickup";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}

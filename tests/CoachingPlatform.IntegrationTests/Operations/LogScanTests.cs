using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CoachingPlatform.IntegrationTests.Delivery;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Infrastructure.Mail;
using CoachingPlatform.IntegrationTests.Programs;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachingPlatform.IntegrationTests.Operations;

/// <summary>
/// A whole journey (invitation, acceptance, a reflection, a password reset, a subscription; links followed as
/// pages, so tokens travel in addresses too) with every log
/// category at Debug, then a search of every line for the tokens the mails carried, the passwords and the
/// reflection's words.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class LogScanTests(AppFixture app) : IntegrationTest(app)
{
    private const string FirstPassword = "Quiet-Harbor-2026!";
    private const string SecondPassword = "Morning-Light-2027!";

    [Fact]
    public async Task A_full_journey_logs_no_token_password_or_reflection()
    {
        var logs = new LogCapture();
        await using var isolated = new IsolatedHost();
        await using var mailServer = await isolated.StartMailServerAsync();
        var host = isolated.Start(App, services => services.AddSingleton<ILoggerProvider>(logs), ("Logging:LogLevel:Default", "Debug"), ("Logging:LogLevel:Microsoft.AspNetCore", "Debug"));
        var mail = mailServer.Inbox;
        var email = $"jordan-{Guid.NewGuid():N}@example.com";
        var reflection = $"I kept the letter from my sister {Guid.NewGuid():N} in the drawer";

        using var coach = await Client(host).WithBearerTokenOfAsync(DemoUser.Coach.Email, DemoUser.Password);
        using (var invited = await coach.PostAsJsonAsync("/api/clients", new { email, displayName = "Jordan Lee" }))
        {
            invited.EnsureSuccessStatusCode();
        }

        var invitation = (await mail.WaitForAsync(email)).TokenFrom("/invitation");
        await GetPageAsync(host, $"/invitation?token={Uri.EscapeDataString(invitation)}");
        await PostAsync(host, "/api/auth/accept-invitation", new { token = invitation, password = FirstPassword });
        using var jordan = await Client(host).WithBearerTokenOfAsync(email, FirstPassword);
        var clientId = (await coach.GetFromJsonAsync<List<ClientRow>>("/api/clients"))!.Single(c => c.Email == email).Id;
        await coach.AssignAsync(clientId, await coach.ProgramIdAsync(ProgramsApi.RebuildingTrust));
        var assignment = await jordan.MyAssignmentAsync(ProgramsApi.RebuildingTrust);
        await jordan.CompleteStepAsync(assignment.Id, assignment.Steps.MinBy(s => s.Order)!.Id, new { reflection, shareWithCoach = true });

        await PostAsync(host, "/api/auth/password-reset", new { email });
        var reset = (await mail.WaitForAsync(m => m.IsTo(email) && m.Text.Contains("/password-reset/confirm", StringComparison.Ordinal), "the reset mail")).TokenFrom("/password-reset/confirm");
        await PostAsync(host, "/api/auth/password-reset/confirm", new { token = reset, password = SecondPassword });

        await PostAsync(host, "/api/subscriptions", new { email, frequency = "weekly" });
        var confirmation = (await mail.WaitForAsync(m => m.IsTo(email) && m.Subject.StartsWith("Confirm", StringComparison.Ordinal), "the confirmation")).TokenFrom("/subscriptions/confirm");
        await GetPageAsync(host, $"/subscriptions/confirm?token={Uri.EscapeDataString(confirmation)}");
        await new OutboxProbe(host.Services).WaitUntilHandledAsync();

        var secrets = TokensIn(mail).Concat([FirstPassword, SecondPassword, reflection, "kept the letter from my sister"]).Distinct().ToList();
        var lines = logs.Lines.Snapshot();
        var leaks = lines.SelectMany(line => secrets.Where(secret => line.Contains(secret, StringComparison.Ordinal)).Select(secret => $"{secret}: {line}")).ToList();

        Assert.True(secrets.Count >= 7, $"the journey's mails carried tokens: {string.Join(", ", secrets)}");
        Assert.True(lines.Count > 100, $"the journey was logged ({lines.Count} lines)");
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks));
    }

    private static HttpClient Client(CoachingAppFactory host) => host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task PostAsync(CoachingAppFactory host, string path, object body)
    {
        using var client = Client(host);
        using var response = await client.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A link from a mail followed in a browser: the token travels in the address.</summary>
    private static async Task GetPageAsync(CoachingAppFactory host, string pathAndQuery)
    {
        using var client = Client(host);
        using var response = await client.GetAsync(pathAndQuery);
        Assert.True((int)response.StatusCode < 400, $"{pathAndQuery} answered {(int)response.StatusCode}");
    }

    /// <summary>Every token any mail's links carried.</summary>
    private static IEnumerable<string> TokensIn(MailInbox mail) =>
        mail.All.SelectMany(m => TokenParameter().Matches(m.Text + m.Html).Select(match => Uri.UnescapeDataString(match.Groups[1].Value)));

    [GeneratedRegex("[?&]token=([^&\\s\"'<>]+)")]
    private static partial Regex TokenParameter();

    private sealed record ClientRow(Guid Id, string Email);
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.Identity.Domain;
using CoachingPlatform.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CoachingPlatform.IntegrationTests.Security;

/// <summary>
/// A failed sign-in takes as long for an unknown address as for a known one: both check a full-strength
/// password hash. Measured as the median of many alternating tries, so one slow request cannot decide it.
/// </summary>
[Collection(AppCollection.Name)]
[Trait(TestDatabase.Trait, TestDatabase.AnyDatabase)]
public sealed class SignInTimingTests(AppFixture app, ITestOutputHelper output) : IntegrationTest(app)
{
    private const int Tries = 25;

    [Fact]
    public async Task Unknown_and_known_addresses_fail_in_the_same_time_within_20_percent()
    {
        await using var host = App.CreateFactory(new Dictionary<string, string?>
        {
            [CoachingAppFactory.FullStrengthHashing] = "true",
            ["SignIn:FreeAttemptsPerAccount"] = "1000",
            ["SignIn:FreeAttemptsPerNetworkAddress"] = "1000",
        });
        using var client = host.CreateClient();
        await HashAtFullStrengthAsync(host, DemoUser.Coach.Email);
        var known = new { email = DemoUser.Coach.Email, password = "Wrong-but-long-enough-1" };
        var unknown = new { email = "nobody.here@example.com", password = "Wrong-but-long-enough-1" };
        await TimeAsync(client, known);
        await TimeAsync(client, unknown);

        var knownTimes = new List<double>();
        var unknownTimes = new List<double>();
        for (var i = 0; i < Tries; i++)
        {
            knownTimes.Add(await TimeAsync(client, known));
            unknownTimes.Add(await TimeAsync(client, unknown));
        }

        var (knownMedian, unknownMedian) = (Median(knownTimes), Median(unknownTimes));
        output.WriteLine($"Median failed sign-in over {Tries} tries: known {knownMedian:0.0} ms, unknown {unknownMedian:0.0} ms.");
        Assert.True(Math.Abs(knownMedian - unknownMedian) <= 0.2 * Math.Max(knownMedian, unknownMedian),
            $"Median failed sign-in: known {knownMedian:0.0} ms, unknown {unknownMedian:0.0} ms.");
        Assert.True(unknownMedian > 5, $"An unknown address took {unknownMedian:0.0} ms: no hash was checked.");
    }

    /// <summary>The shared test host seeds weak hashes to save time; this account gets a production-strength one.</summary>
    private static async Task HashAtFullStrengthAsync(CoachingAppFactory host, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        user.PasswordHash = users.PasswordHasher.HashPassword(user, "Full-strength-secret-9");
        await users.UpdateAsync(user);
    }

    private static async Task<double> TimeAsync(HttpClient client, object attempt)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsJsonAsync("/api/auth/login", attempt);
        watch.Stop();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}

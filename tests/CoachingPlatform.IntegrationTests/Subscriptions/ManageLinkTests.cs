using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Delivery;
using CoachingPlatform.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Subscriptions;

/// <summary>
/// A manage link mailed once keeps working when the app has made a new key (as Data Protection does every
/// 90 days) and been started again over the same key ring and database.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ManageLinkTests(AppFixture app) : IntegrationTest(app)
{
    private const string Reader = "kim.north@example.com";

    [Fact]
    public async Task A_mailed_link_reads_the_preferences_after_a_new_key_and_a_restart()
    {
        await using var isolated = new IsolatedHost();
        await using var server = await isolated.StartMailServerAsync();
        var first = isolated.Start(App);
        using (var client = first.CreateClient())
        {
            using var subscribed = await client.PostAsJsonAsync("/api/subscriptions", new { email = Reader, frequency = "weekly" });
            Assert.Equal(HttpStatusCode.Accepted, subscribed.StatusCode);
        }

        var token = (await server.Inbox.WaitForAsync(Reader, TimeSpan.FromSeconds(30))).TokenFrom(Newsletter.PreferencesPath);
        var now = DateTimeOffset.UtcNow;
        first.Services.GetRequiredService<IKeyManager>().CreateNewKey(now, now.AddDays(90));
        await first.DisposeAsync();

        var second = isolated.Start(App);
        var newLink = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("key-check").Protect([1]);
        using var reader = second.CreateClient();
        using var preferences = await reader.GetAsync($"/api/subscriptions/preferences?token={token}");

        Assert.NotEqual(KeyId(WebEncoders.Base64UrlDecode(token)), KeyId(newLink));
        Assert.Equal(HttpStatusCode.OK, preferences.StatusCode);
        Assert.Contains(Reader, await preferences.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The id of the key that protected a payload: the 16 bytes after Data Protection's 4-byte header.</summary>
    private static Guid KeyId(byte[] payload) => new(payload.AsSpan(4, 16));
}

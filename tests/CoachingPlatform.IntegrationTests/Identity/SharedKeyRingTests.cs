using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using CoachingPlatform.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Identity;

/// <summary>
/// A second node over the same database, with a key folder of its own: on a server database both nodes read
/// the one key ring in the database, so what one node protected (the sign-in cookie, an antiforgery token, a
/// link put in a mail) the other reads. With SQLite the key ring is the node's own files, and it does not.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SharedKeyRingTests(AppFixture app) : IntegrationTest(app)
{
    private const string Purpose = "CoachingPlatform.Subscriptions.ManageLinks.v1";

    [Fact]
    public async Task What_one_node_protected_another_node_reads_when_they_share_a_server_database()
    {
        var keys = Directory.CreateTempSubdirectory("coaching-node-b-keys-");
        try
        {
            await using var nodeB = App.CreateFactory(new Dictionary<string, string?> { ["DataProtection:KeysPath"] = keys.FullName, ["App:NodeName"] = "node-b" });
            var jar = new CookieContainer();
            using var onA = App.Factory.CreateDefaultClient(App.BaseAddress, new SharedCookies(jar));
            using var onB = nodeB.CreateDefaultClient(App.BaseAddress, new SharedCookies(jar));
            using var signIn = await onA.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = DemoUser.Client.Email, password = DemoUser.Password });
            onB.DefaultRequestHeaders.Add(PageTokens.HeaderName, await onA.PageTokenAsync());
            var link = App.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("subscriber and generation");

            using var me = await onB.GetAsync("/api/me");
            using var win = await onB.PostAsJsonAsync("/api/me/wins", new { text = "Asked a friend for help." });
            var read = Unprotect(nodeB.Services, link);

            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
            if (TestDatabase.OnPostgres)
            {
                Assert.Equal(HttpStatusCode.OK, me.StatusCode);
                Assert.Equal(HttpStatusCode.Created, win.StatusCode);
                Assert.Equal("subscriber and generation", read);
                Assert.Empty(keys.GetFiles());
            }
            else
            {
                Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
                Assert.Null(read);
                Assert.NotEmpty(keys.GetFiles());
            }
        }
        finally
        {
            keys.Delete(recursive: true);
        }
    }

    private static string? Unprotect(IServiceProvider services, string protectedText)
    {
        try
        {
            return services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(protectedText);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>One browser's cookies, sent to whichever node a request goes to, as behind a proxy.</summary>
    private sealed class SharedCookies(CookieContainer jar) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var cookies = jar.GetCookieHeader(request.RequestUri!);
            if (cookies.Length > 0)
            {
                request.Headers.Add("Cookie", cookies);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                foreach (var value in values)
                {
                    jar.SetCookies(request.RequestUri!, value);
                }
            }

            return response;
        }
    }
}

using System.Net;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Security;

/// <summary>After signing in, the sign-in page goes back only to a path on this site.</summary>
[Collection(AppCollection.Name)]
public sealed class OpenRedirectTests(AppFixture app) : IntegrationTest(app)
{
    /// <summary>Ways to write another host that a naive "starts with /" check lets through.</summary>
    public static TheoryData<string> Bypasses { get; } = new(
        "//evil.test", "///evil.test", "/\\evil.test", "/%5Cevil.test", "/%5cevil.test", "\\\\evil.test", "/\\/evil.test",
        "/\t/evil.test", "/%09/evil.test", "/%0a/evil.test", "/%0d/evil.test", "/%2F/evil.test", "/%2f%2fevil.test",
        "https://evil.test", "http:evil.test", "HTTPS://evil.test/coach", "javascript:alert(1)", "JaVaScRiPt:alert(1)",
        "data:text/html,<script>alert(1)</script>", "evil.test", "@evil.test", " //evil.test",
        "%2F%2Fevil.test", "//evil.test/%2e%2e", "\u3002evil.test", "//evil%E3%80%82test", "/%00/evil.test");

    [Theory]
    [MemberData(nameof(Bypasses))]
    public async Task A_return_address_off_the_site_sends_the_person_home_instead(string returnUrl)
    {
        using var client = App.CreateCookieClient();

        using var response = await SignInAsync(client, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/client", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/client/wins")]
    [InlineData("/client/steps?x=1")]
    [InlineData("/")]
    public async Task A_path_on_the_site_is_where_the_person_lands(string returnUrl)
    {
        using var client = App.CreateCookieClient();

        using var response = await SignInAsync(client, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(returnUrl, response.Headers.Location?.OriginalString);
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string returnUrl) =>
        client.SubmitAsync("/signin", new Dictionary<string, string>
        {
            ["Email"] = DemoUser.Client.Email,
            ["Password"] = DemoUser.Password,
            ["ReturnUrl"] = returnUrl,
        });
}

using System.Net;
using System.Text.RegularExpressions;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>The antiforgery token a page hands its scripts in the csrf-token meta tag.</summary>
public static partial class PageTokens
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public static async Task<string> PageTokenAsync(this HttpClient client, string page = "/")
    {
        using var response = await client.GetAsync(page);
        var match = MetaTag().Match(await response.Content.ReadAsStringAsync());
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"{page} has no csrf-token meta tag.");
    }

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex MetaTag();
}

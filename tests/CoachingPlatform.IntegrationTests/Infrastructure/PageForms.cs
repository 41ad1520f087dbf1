using System.Net;
using System.Text.RegularExpressions;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>Submits a page's form the way a browser does: the page first (antiforgery cookie and field), then the post.</summary>
public static partial class PageForms
{
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string page, IReadOnlyDictionary<string, string> fields, string? postTo = null)
    {
        var token = await AntiforgeryFieldAsync(client, page);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(postTo ?? page, new FormUrlEncodedContent(form));
    }

    /// <summary>The antiforgery field of the page's form; the cookie that pairs with it stays in the client.</summary>
    public static async Task<string> AntiforgeryFieldAsync(this HttpClient client, string page)
    {
        using var response = await client.GetAsync(page);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{page} answered {(int)response.StatusCode}.");
        }

        var match = TokenField().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"{page} has no antiforgery field.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

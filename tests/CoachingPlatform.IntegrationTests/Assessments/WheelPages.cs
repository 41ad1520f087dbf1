using System.Net;
using System.Text.RegularExpressions;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Assessments;

/// <summary>The wheel's pages as a browser without scripts uses them: GET a page, post its form with the anti-forgery token.</summary>
public static partial class WheelPages
{
    public static async Task<string> PageAsync(this HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK ? html : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {html}");
    }

    /// <summary>Posts a form of the page at <paramref name="path"/> as the browser would, with the page's anti-forgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient browser, string path, IEnumerable<KeyValuePair<string, string>> fields, string? handler = null)
    {
        var html = await browser.PageAsync(path);
        var token = AntiForgery().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups["token"].Value)
            : throw new InvalidOperationException($"The page {path} has no anti-forgery token.");
        var target = handler is null ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? "&" : "?")}handler={handler}";
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await browser.PostAsync(target, content);
    }

    public static IEnumerable<KeyValuePair<string, string>> ScoreFields(Dictionary<string, int> scores) =>
        scores.Select(s => new KeyValuePair<string, string>($"Scores[{s.Key}]", s.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Takes the wheel through the public form and answers the result page's address.</summary>
    public static async Task<string> TakeWheelThroughFormAsync(this HttpClient browser, Dictionary<string, int> scores, params (string Key, string Value)[] more)
    {
        using var response = await browser.PostFormAsync("/wheel-of-life", ScoreFields(scores).Concat(more.Select(m => new KeyValuePair<string, string>(m.Key, m.Value))));
        return response.StatusCode == HttpStatusCode.Redirect
            ? response.Headers.Location!.OriginalString
            : throw new InvalidOperationException($"The wheel form answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiForgery();
}

using System.Net;
using System.Text.RegularExpressions;

namespace CoachingPlatform.IntegrationTests.Community;

/// <summary>
/// The article page as a browser without scripts uses it: read the form's hidden fields, post it back. Its
/// forms carry no antiforgery token (the page can come from the public page cache).
/// </summary>
public static partial class ArticlePage
{
    public static async Task<string> ReadAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Opens the page and posts the comment form with the given fields.</summary>
    public static async Task<HttpResponseMessage> PostCommentFormAsync(this HttpClient cookieClient, string name, string email, string body,
        string path = CommunityApi.GuidePath, string? website = null, Func<string, string>? stamp = null)
    {
        var page = await cookieClient.ReadAsync(path);
        var fields = new Dictionary<string, string>
        {
            ["Form.AuthorName"] = name,
            ["Form.Email"] = email,
            ["Form.Body"] = body,
            ["Form.Website"] = website ?? "",
            ["Form.Stamp"] = (stamp ?? (s => s))(Stamp().Match(page).Groups[1].Value),
        };
        if (ParentId().Match(page) is { Success: true } parent)
        {
            fields["Form.ParentId"] = parent.Groups[1].Value;
        }

        var action = path.Split('#')[0].Split('?')[0] + "?handler=Comment";
        return await cookieClient.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static async Task<HttpResponseMessage> PostReportFormAsync(this HttpClient client, Guid commentId, string reason, string path = CommunityApi.GuidePath)
    {
        return await client.PostAsync($"{path}?handler=Report", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["commentId"] = commentId.ToString(),
            ["reason"] = reason,
        }));
    }

    /// <summary>The ids and indentation of the comments shown, in page order.</summary>
    public static List<(Guid Id, int Depth)> Comments(string page) =>
        CommentItem().Matches(page).Select(m => (Guid.Parse(m.Groups["id"].Value), int.Parse(m.Groups["depth"].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();

    [GeneratedRegex("name=\"Form.Stamp\" value=\"([^\"]+)\"")]
    private static partial Regex Stamp();

    [GeneratedRegex("name=\"Form.ParentId\" value=\"([^\"]+)\"")]
    private static partial Regex ParentId();

    [GeneratedRegex("data-comment-id=\"(?<id>[^\"]+)\" data-depth=\"(?<depth>\\d)\"")]
    private static partial Regex CommentItem();
}

using Microsoft.AspNetCore.WebUtilities;
using MimeKit;

namespace CoachingPlatform.IntegrationTests.Infrastructure.Mail;

/// <summary>One mail as the SMTP server received it: the envelope recipients and the parsed message.</summary>
public sealed record ReceivedMail(IReadOnlyList<string> Recipients, MimeMessage Message)
{
    /// <summary>When the server took the mail, just before it answers the client that it accepted it.</summary>
    public DateTimeOffset ReceivedAt { get; init; } = TimeProvider.System.GetUtcNow();

    public string Subject => Message.Subject ?? "";

    public string Text => Message.TextBody ?? "";

    public string Html => Message.HtmlBody ?? "";

    public bool IsTo(string address) =>
        Recipients.Any(r => string.Equals(r, address, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first link in the text part whose path is <paramref name="path"/>, e.g. "/invitation".</summary>
    public Uri LinkTo(string path)
    {
        var links = Text.Split((char[])[' ', '\r', '\n', '<', '>', '"'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.StartsWith("http://", StringComparison.Ordinal) || word.StartsWith("https://", StringComparison.Ordinal))
            .Select(word => new Uri(word))
            .ToList();
        return links.FirstOrDefault(link => link.AbsolutePath == path)
            ?? throw new InvalidOperationException($"The mail '{Subject}' has no link to {path}; it links to: {string.Join(", ", links)}.");
    }

    /// <summary>The <c>token</c> query parameter of the link to <paramref name="path"/>.</summary>
    public string TokenFrom(string path)
    {
        var query = QueryHelpers.ParseQuery(LinkTo(path).Query);
        return query.TryGetValue("token", out var token) && !string.IsNullOrEmpty(token)
            ? token.ToString()
            : throw new InvalidOperationException($"The link to {path} in '{Subject}' carries no token.");
    }
}

using System.Buffers.Binary;
using System.Security.Cryptography;
using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Subscriptions.Domain;

/// <summary>
/// The token in every preferences and unsubscribe link: the subscriber's id and link generation, protected
/// by ASP.NET Data Protection (authenticated encryption under the application's persisted key ring). Nothing
/// is stored per mail, so a link in any mail ever sent keeps working, across restarts and key rotations
/// (retired keys still unprotect), until a re-subscription raises the generation.
/// </summary>
internal sealed class ManageLinks(IDataProtectionProvider protection, IOptions<AppOptions> app, IOptions<SubscriptionsOptions> options, IOptions<EmailOptions> email)
{
    private const int PayloadLength = 20;

    private readonly IDataProtector protector = protection.CreateProtector("CoachingPlatform.Subscriptions.ManageLinks.v1");

    public string TokenFor(Guid subscriberId, int generation)
    {
        var payload = new byte[PayloadLength];
        subscriberId.TryWriteBytes(payload);
        BinaryPrimitives.WriteInt32BigEndian(payload.AsSpan(16), generation);
        return WebEncoders.Base64UrlEncode(protector.Protect(payload));
    }

    /// <summary>The subscriber and generation a token names, or null for anything forged, damaged or not ours.</summary>
    public (Guid SubscriberId, int Generation)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 400)
        {
            return null;
        }

        try
        {
            var payload = protector.Unprotect(WebEncoders.Base64UrlDecode(token));
            return payload.Length == PayloadLength
                ? (new Guid(payload.AsSpan(0, 16)), BinaryPrimitives.ReadInt32BigEndian(payload.AsSpan(16)))
                : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }

    /// <summary>RFC 2369 and RFC 8058: mail clients show an unsubscribe button that POSTs to the https URL.</summary>
    public static Dictionary<string, string> UnsubscribeHeaders(string unsubscribeUrl, string mailto) => new()
    {
        ["List-Unsubscribe"] = $"<{unsubscribeUrl}>, <{mailto}>",
        ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
    };

    public string PreferencesUrl(string token) => app.Value.Link($"/subscriptions/preferences?token={token}");

    public string UnsubscribeUrl(string token) => app.Value.Link($"/api/subscriptions/unsubscribe?token={token}");

    /// <summary>
    /// The mailto half of List-Unsubscribe. Nothing here reads that mailbox: whoever operates it unsubscribes
    /// the sender by hand (the token in the subject is the one the https link takes).
    /// </summary>
    public string MailtoUnsubscribe(string token) =>
        $"mailto:{options.Value.UnsubscribeMailbox ?? email.Value.FromAddress}?subject=unsubscribe%20{token}";
}

using MimeKit;

namespace CoachingPlatform.BuildingBlocks.Validation;

/// <summary>
/// The one rule for an email address anywhere in the platform: a plain address (no display name, no
/// brackets, quotes, spaces, commas or control characters) that MimeKit parses to exactly itself, with a
/// dot in its domain. Whatever passes can be mailed; nothing passes that the mailer would refuse.
/// </summary>
public static class EmailRule
{
    public const int MaxLength = 254;

    public const string Message = "{PropertyName} is not a valid email address.";

    private static readonly ParserOptions Strict = new()
    {
        AllowAddressesWithoutDomain = false,
        AddressParserComplianceMode = RfcComplianceMode.Strict,
        AllowUnquotedCommasInAddresses = false,
    };

    public static bool IsValid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var address = value.Trim();
        if (address.Length > MaxLength || address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or ',' or ';' or '<' or '>' or '(' or ')' or '[' or ']' or '\\')
            || address.Count(c => c == '@') != 1)
        {
            return false;
        }

        if (!MailboxAddress.TryParse(Strict, address, out var mailbox) || !string.IsNullOrEmpty(mailbox.Name)
            || !string.Equals(mailbox.Address, address, StringComparison.Ordinal))
        {
            return false;
        }

        var at = address.IndexOf('@', StringComparison.Ordinal);
        var local = address[..at];
        var domain = address[(at + 1)..];
        return local.Length is > 0 and <= 64
            && !local.StartsWith('.') && !local.EndsWith('.') && !local.Contains("..", StringComparison.Ordinal)
            && domain.Contains('.', StringComparison.Ordinal)
            && domain.Split('.').All(label => label.Length is > 0 and <= 63 && !label.StartsWith('-') && !label.EndsWith('-')
                && label.All(c => char.IsLetterOrDigit(c) || c == '-'));
    }
}

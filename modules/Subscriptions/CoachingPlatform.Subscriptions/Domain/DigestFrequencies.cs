namespace CoachingPlatform.Subscriptions.Domain;

/// <summary>The names a frequency goes by in requests and mails: "weekly" and "daily".</summary>
internal static class DigestFrequencies
{
    /// <summary>Only the two names, in any case; numbers and combinations, which <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> would take, are refused.</summary>
    public static bool TryParse(string? value, out DigestFrequency frequency)
    {
        frequency = default;
        var match = Enum.GetValues<DigestFrequency>().Where(f => string.Equals(f.ToString(), value, StringComparison.OrdinalIgnoreCase)).ToList();
        if (match.Count != 1)
        {
            return false;
        }

        frequency = match[0];
        return true;
    }

    public static DigestFrequency Parse(string value) =>
        TryParse(value, out var frequency) ? frequency : throw new ArgumentException($"'{value}' is not weekly or daily.", nameof(value));

    public static string NameOf(DigestFrequency frequency) => frequency.ToString().ToLowerInvariant();
}

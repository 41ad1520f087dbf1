using Microsoft.AspNetCore.Mvc;

namespace CoachingPlatform.Web.Pages;

/// <summary>
/// Where a page may send someone after signing in: a path on this site. <c>Url.IsLocalUrl</c> already
/// refuses "//host" and "/\host"; a backslash or an encoded control character anywhere is refused too,
/// because browsers turn "\" into "/" and drop tabs and newlines inside URLs.
/// </summary>
public static class LocalRedirects
{
    public static bool IsSafe(string? url, IUrlHelper helper) =>
        !string.IsNullOrEmpty(url)
        && helper.IsLocalUrl(url)
        && !url.Contains('\\', StringComparison.Ordinal)
        && !url.Any(char.IsControl)
        && !Uri.UnescapeDataString(url).Any(c => char.IsControl(c) || c == '\\')
        && !Uri.UnescapeDataString(url).StartsWith("//", StringComparison.Ordinal);
}

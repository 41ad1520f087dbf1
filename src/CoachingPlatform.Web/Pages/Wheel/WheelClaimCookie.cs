using Microsoft.AspNetCore.Http;

namespace CoachingPlatform.Web.Pages.Wheel;

/// <summary>
/// Remembers, in the visitor's own browser, the claim token of the anonymous result they just took, so that
/// once they sign in as a client the result page offers to keep it in their history.
/// </summary>
internal static class WheelClaimCookie
{
    public const string Name = "wheel-claim";

    public static void Remember(HttpResponse response, Guid assessmentId, string token, bool secure) =>
        response.Cookies.Append(Name, $"{assessmentId:N}.{token}", new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = secure,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(30),
            Path = "/wheel-of-life",
        });

    /// <summary>The token remembered for this result, if this browser took it.</summary>
    public static string? TokenFor(HttpRequest request, Guid assessmentId) =>
        request.Cookies.TryGetValue(Name, out var value) && value?.Split('.', 2) is [var id, var token] && id == assessmentId.ToString("N") ? token : null;

    public static void Forget(HttpResponse response) => response.Cookies.Delete(Name, new CookieOptions { Path = "/wheel-of-life" });
}

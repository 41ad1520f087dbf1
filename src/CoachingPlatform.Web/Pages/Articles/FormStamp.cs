using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace CoachingPlatform.Web.Pages.Articles;

/// <summary>
/// The moment a comment form was rendered, protected so that a robot cannot claim it has been reading for
/// an hour. A missing or forged stamp reads as "posted at once".
/// </summary>
public sealed class FormStamp(IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector protector = protection.CreateProtector("Community.CommentForm.Stamp");

    public string Issue() => protector.Protect(clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture));

    public TimeSpan TimeSince(string? stamp)
    {
        try
        {
            if (stamp is not null && long.TryParse(protector.Unprotect(stamp), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
            {
                return clock.GetUtcNow().UtcDateTime - new DateTime(ticks, DateTimeKind.Utc);
            }
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Forged or from another key ring: treated like no stamp at all.
        }

        return TimeSpan.Zero;
    }
}

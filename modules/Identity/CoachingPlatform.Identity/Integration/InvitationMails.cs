using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Identity.Domain;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Identity.Integration;

/// <summary>The invitation mail, first sent or sent again.</summary>
internal sealed class InvitationMails(IOptions<AppOptions> app)
{
    public EmailMessage For(AppUser user, string role, string invitedBy, string token) =>
        new EmailContent($"{invitedBy} invited you to CoachingPlatform", [
            $"Hello {user.DisplayName},",
            role == Roles.Coach
                ? "You have been invited to coach on CoachingPlatform. Set a password to sign in and start inviting your clients."
                : $"{invitedBy} has invited you to work together on CoachingPlatform, where you will find your program, steps and reflections.",
            $"The link works once and expires in {Invitation.Lifetime.TotalDays:0} days. If an earlier invitation reached you, only this newest link works.",
        ])
        {
            Action = ("Set my password", app.Value.Link($"/invitation?token={Uri.EscapeDataString(token)}")),
            Footer = "You receive this mail because someone invited this address. If it was not meant for you, ignore it.",
        }.To(user.Email!, $"{invitedBy} invited you to CoachingPlatform", user.DisplayName);
}

using CoachingPlatform.Identity.Domain;
using CoachingPlatform.Identity.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Identity.Integration;

internal static class InvitationIssuing
{
    /// <summary>Adds a new invitation for the account and revokes its open ones: only the newest link works.</summary>
    public static async Task<(Invitation Invitation, string Token)> IssueInvitationAsync(this IdentityDbContext db, Guid userId, DateTime now, CancellationToken ct)
    {
        await db.RevokeOpenInvitationsAsync(userId, now, ct);
        var issued = Invitation.Issue(userId, now);
        db.Invitations.Add(issued.Invitation);
        return issued;
    }

    public static async Task RevokeOpenInvitationsAsync(this IdentityDbContext db, Guid userId, DateTime now, CancellationToken ct)
    {
        var open = await db.Invitations.Where(i => i.UserId == userId && i.AcceptedAt == null && i.RevokedAt == null).ToListAsync(ct);
        open.ForEach(i => i.Revoke(now));
    }
}

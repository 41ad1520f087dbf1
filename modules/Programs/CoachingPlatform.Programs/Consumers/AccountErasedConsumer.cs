using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.Identity.Contracts;
using CoachingPlatform.Programs.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Consumers;

/// <summary>
/// A client erased their account: their programs with every reflection, checklist and draft, their wins,
/// gratitude, support requests, reminder settings and reminder ledger are removed.
/// </summary>
internal sealed class AccountErasedConsumer(ProgramsDbContext db)
    : InboxConsumer<AccountErased>
{
    protected override async Task HandleAsync(AccountErased message, CancellationToken cancellationToken)
    {
        var id = message.UserId;
        db.Drafts.RemoveRange(await db.Drafts.Where(d => d.ClientId == id).ToListAsync(cancellationToken));
        db.Reminders.RemoveRange(await db.Reminders.Where(r => r.ClientId == id).ToListAsync(cancellationToken));
        db.Assignments.RemoveRange(await db.Assignments.Include(a => a.Completions).Where(a => a.ClientId == id).ToListAsync(cancellationToken));
        db.Wins.RemoveRange(await db.Wins.Where(w => w.ClientId == id).ToListAsync(cancellationToken));
        db.Gratitude.RemoveRange(await db.Gratitude.Where(g => g.ClientId == id).ToListAsync(cancellationToken));
        db.SupportRequests.RemoveRange(await db.SupportRequests.Where(s => s.ClientId == id).ToListAsync(cancellationToken));
        db.Preferences.RemoveRange(await db.Preferences.Where(p => p.ClientId == id).ToListAsync(cancellationToken));
    }
}

using CoachingPlatform.Assessments.Persistence;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.Identity.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Assessments.Consumers;

/// <summary>A client erased their account: the Wheel of Life results they took while signed in are removed.</summary>
internal sealed class AccountErasedConsumer(AssessmentsDbContext db)
    : InboxConsumer<AccountErased>
{
    protected override async Task HandleAsync(AccountErased message, CancellationToken cancellationToken) =>
        db.WheelOfLifeAssessments.RemoveRange(await db.WheelOfLifeAssessments.Include(a => a.Scores).Include(a => a.Goals)
            .Where(a => a.OwnerId == message.UserId).ToListAsync(cancellationToken));
}

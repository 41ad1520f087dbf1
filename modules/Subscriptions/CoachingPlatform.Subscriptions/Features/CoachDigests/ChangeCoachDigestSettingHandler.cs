using CoachingPlatform.Subscriptions.Contracts;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Subscriptions.Features.CoachDigests;

internal sealed class ChangeCoachDigestSettingHandler(SubscriptionsDbContext db, TimeProvider clock)
    : IRequestHandler<ChangeCoachDigestSetting, CoachDigestSetting>
{
    public async Task<CoachDigestSetting> Handle(ChangeCoachDigestSetting request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var digest = await db.CoachDigests.SingleOrDefaultAsync(c => c.CoachId == request.CoachId, cancellationToken);
        if (digest is null)
        {
            digest = CoachDigest.For(request.CoachId, now);
            db.CoachDigests.Add(digest);
        }

        digest.Switch(request.Enabled, now);
        await db.SaveChangesAsync(cancellationToken);
        return new CoachDigestSetting(digest.Enabled);
    }
}

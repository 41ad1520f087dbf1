using CoachingPlatform.Subscriptions.Contracts;
using CoachingPlatform.Subscriptions.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Subscriptions.Features.CoachDigests;

internal sealed class GetCoachDigestSettingHandler(SubscriptionsDbContext db) : IRequestHandler<GetCoachDigestSetting, CoachDigestSetting>
{
    public async Task<CoachDigestSetting> Handle(GetCoachDigestSetting request, CancellationToken cancellationToken) =>
        new(await db.CoachDigests.AsNoTracking().Where(c => c.CoachId == request.CoachId).Select(c => (bool?)c.Enabled)
            .SingleOrDefaultAsync(cancellationToken) ?? true);
}

using CoachingPlatform.BuildingBlocks.Modules;
using CoachingPlatform.BuildingBlocks.Seeding;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace CoachingPlatform.Subscriptions.Seeding;

/// <summary>
/// The bench subscribers (<see cref="ScaleSeed"/>), confirmed, one in five on the daily digest. Saved in
/// batches with the change tracker emptied in between, so seeding stays quick and small.
/// </summary>
internal sealed class ScaleSeeder(SubscriptionsDbContext db, IConfiguration configuration, TimeProvider clock) : IModuleInitializer
{
    private const int Batch = 10_000;

    public int Order => InitializerOrder.SeedScale;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>(ScaleSeed.Key)
            || await db.Subscribers.AnyAsync(s => s.Email == Email(0), cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime.AddDays(-30);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < ScaleSeed.Subscribers; i++)
        {
            var (subscriber, _) = Subscriber.Subscribe(Email(i), i % 5 == 0 ? DigestFrequency.Daily : DigestFrequency.Weekly, now);
            subscriber.Confirm(now);
            db.Subscribers.Add(subscriber);
            if ((i + 1) % Batch == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }

    private static string Email(int index) => $"bench-reader{index}@example.com";
}

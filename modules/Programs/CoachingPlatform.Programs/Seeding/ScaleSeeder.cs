using CoachingPlatform.BuildingBlocks.Modules;
using CoachingPlatform.BuildingBlocks.Seeding;
using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace CoachingPlatform.Programs.Seeding;

/// <summary>
/// Every bench client has the built-in program from their coach, part-way: client i has done i mod (steps)
/// steps, so the dashboard sees every stage from not started to one step short of done.
/// </summary>
internal sealed class ScaleSeeder(ProgramsDbContext db, IConfiguration configuration, TimeProvider clock) : IModuleInitializer
{
    public int Order => InitializerOrder.SeedScale;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>(ScaleSeed.Key)
            || await db.Assignments.AnyAsync(a => a.ClientId == ScaleSeed.ClientId(0), cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var program = await db.Programs.Include(p => p.Steps).SingleAsync(p => p.BuiltInKey == BuiltInPrograms.RebuildingTrustKey, cancellationToken);
        var steps = program.Steps.OrderBy(s => s.Order).ToList();
        for (var i = 0; i < ScaleSeed.Clients; i++)
        {
            var assignment = program.AssignTo(ScaleSeed.ClientId(i), ScaleSeed.CoachId(ScaleSeed.CoachOf(i)), paceDays: null, now.AddDays(-14));
            foreach (var step in steps.Take(i % steps.Count))
            {
                assignment.Complete(step, new StepAnswer($"Reflection of bench client {i} on step {step.Order}.", null, i % 2 == 0), now.AddDays(-14 + step.Order));
            }

            db.Assignments.Add(assignment);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

using CoachingPlatform.BuildingBlocks.Modules;
using CoachingPlatform.BuildingBlocks.Seeding;
using CoachingPlatform.Identity.Contracts;
using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Programs.Seeding;

/// <summary>
/// The built-in templates always exist. With demo data, the demo client is part-way through the
/// built-in program: two steps done (one reflection shared), a small win and a gratitude streak.
/// </summary>
internal sealed class ProgramsSeeder(ProgramsDbContext db, IMediator mediator, IOptions<SeedOptions> seed, TimeProvider clock) : IModuleInitializer
{
    public int Order => InitializerOrder.SeedPrograms;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var template in BuiltInPrograms.All)
        {
            var existing = await db.Programs.Include(p => p.Steps).SingleOrDefaultAsync(p => p.BuiltInKey == template.Key, cancellationToken);
            if (existing is null)
            {
                db.Programs.Add(TrustProgram.BuiltIn(template.Key, template.Title, template.Summary, template.Contents, now));
                continue;
            }

            foreach (var step in existing.Steps)
            {
                step.MarkRetakeWheel(template.RetakeWheelAfter?.Contains(step.Order) == true);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (seed.Value.Demo)
        {
            await SeedDemoProgressAsync(now, cancellationToken);
        }
    }

    private async Task SeedDemoProgressAsync(DateTime now, CancellationToken ct)
    {
        var coach = await mediator.Send(new FindUserByEmail(SeedOptions.CoachEmail), ct);
        var client = await mediator.Send(new FindUserByEmail(SeedOptions.ClientEmail), ct);
        if (coach is null || client is null || await db.Assignments.AnyAsync(a => a.ClientId == client.Id, ct))
        {
            return;
        }

        var program = await db.Programs.Include(p => p.Steps).SingleAsync(p => p.BuiltInKey == BuiltInPrograms.RebuildingTrustKey, ct);
        var steps = program.Steps.OrderBy(s => s.Order).ToList();
        var assignment = program.AssignTo(client.Id, coach.Id, paceDays: null, now.AddDays(-9));
        assignment.Complete(steps[0], new StepAnswer(
            "I feel hurt because the promises we made were broken, and I kept pretending everything was fine.", null, true), now.AddDays(-8));
        assignment.Complete(steps[1], new StepAnswer(
            "We agreed to talk on Sunday evenings, phones away.", null, false), now.AddDays(-5));
        db.Assignments.Add(assignment);
        db.Wins.Add(Win.Record(client.Id, "We had a meaningful conversation without raising our voices.", now.AddDays(-4)));
        var today = DateOnly.FromDateTime(now);
        db.Gratitude.Add(GratitudeEntry.Record(client.Id, today.AddDays(-2), ["A long walk in the park", "My sister's phone call", "A quiet morning coffee"], now.AddDays(-2)));
        db.Gratitude.Add(GratitudeEntry.Record(client.Id, today.AddDays(-1), ["Sleeping well", "A kind word from a colleague", "Finishing a good book"], now.AddDays(-1)));
        await db.SaveChangesAsync(ct);
    }
}

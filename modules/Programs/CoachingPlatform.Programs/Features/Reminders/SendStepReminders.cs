using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Identity.Contracts;
using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Programs.Features.Reminders;

/// <summary>
/// Queues a gentle reminder for each open step that has waited long enough: once per step (the ledger's
/// key), never in the client's quiet hours, never past their weekly budget. The ledger row and the queued
/// mail commit together, so a retried or concurrent run cannot queue it twice, and a mail that fails to
/// send is retried by the mail queue without holding up anyone else's.
/// </summary>
internal sealed record SendStepReminders : IRequest<int>;

internal sealed class SendStepRemindersHandler(
    ProgramsDbContext db, IMediator mediator, IOptions<ProgramsOptions> options, IOptions<AppOptions> app, TimeProvider clock)
    : IRequestHandler<SendStepReminders, int>
{
    private const int BatchSize = 200;

    public async Task<int> Handle(SendStepReminders request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var after = TimeSpan.FromDays(options.Value.ReminderAfterDays);
        var sent = 0;
        var quietSince = now - after;
        for (var page = 0; ; page++)
        {
            // Reminders do not change which assignments match, so offset paging visits each once.
            var batch = await db.Assignments.AsNoTracking().Include(a => a.Completions)
                .Where(a => a.CompletedAt == null && a.LastActivityAt <= quietSince)
                .OrderBy(a => a.Id).Skip(page * BatchSize).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return sent;
            }

            sent += await RemindAsync(batch, now, after, cancellationToken);
        }
    }

    private async Task<int> RemindAsync(List<Assignment> assignments, DateTime now, TimeSpan after, CancellationToken ct)
    {
        var programIds = assignments.Select(a => a.ProgramId).Distinct().ToList();
        var clientIds = assignments.Select(a => a.ClientId).Distinct().ToList();
        var assignmentIds = assignments.Select(a => a.Id).ToList();
        var steps = (await db.Steps.AsNoTracking().Where(s => programIds.Contains(s.ProgramId)).ToListAsync(ct)).ToLookup(s => s.ProgramId);
        var preferences = await db.Preferences.AsNoTracking().Where(p => clientIds.Contains(p.ClientId)).ToDictionaryAsync(p => p.ClientId, ct);
        var reminded = (await db.Reminders.AsNoTracking().Where(r => assignmentIds.Contains(r.AssignmentId))
            .Select(r => new { r.AssignmentId, r.StepId }).ToListAsync(ct)).Select(r => (r.AssignmentId, r.StepId)).ToHashSet();
        var weekAgo = now.AddDays(-7);
        var sentThisWeek = await db.Reminders.AsNoTracking().Where(r => clientIds.Contains(r.ClientId) && r.SentAt > weekAgo)
            .GroupBy(r => r.ClientId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        var sent = 0;
        foreach (var assignment in assignments)
        {
            var step = ReminderPolicy.DueStep(assignment, steps[assignment.ProgramId], now, after);
            var prefs = preferences.GetValueOrDefault(assignment.ClientId) ?? ClientPreferences.DefaultFor(assignment.ClientId);
            var count = sentThisWeek.GetValueOrDefault(assignment.ClientId);
            if (step is null || reminded.Contains((assignment.Id, step.Id)) || prefs.IsQuiet(now) || !ReminderPolicy.WithinBudget(prefs, count))
            {
                continue;
            }

            if (await QueueAsync(assignment, step, now, ct))
            {
                sentThisWeek[assignment.ClientId] = count + 1;
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> QueueAsync(Assignment assignment, ProgramStep step, DateTime now, CancellationToken ct)
    {
        var client = await mediator.Send(new GetUserContact(assignment.ClientId), ct);
        if (client is null)
        {
            return false;
        }

        db.Reminders.Add(StepReminder.For(assignment, step, now));
        db.Mail.Add(OutgoingMail.Create($"step-reminder:{assignment.Id}:{step.Id}", Mail(client, assignment, step), now));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            return false; // Another run already queued this reminder.
        }
    }

    private EmailMessage Mail(UserContact client, Assignment assignment, ProgramStep step) =>
        new EmailContent($"A gentle nudge: {step.Title}", [
            $"Hello {client.DisplayName},",
            $"Step {step.Order} of \"{assignment.ProgramTitle}\" has been waiting for you. There is no hurry: progress is measured in steps, not leaps.",
            $"Why it matters: {step.WhyItMatters}",
        ])
        {
            Action = ("Open the step", app.Value.Link($"/client/assignments/{assignment.Id}/steps/{step.Id}")),
            Footer = "A coaching reminder from your coach's program. Change your quiet hours or turn reminders off under Wins & practice → Reminder settings. The newsletter is separate and has its own unsubscribe link.",
        }.To(client.Email, $"A gentle nudge: {step.Title}", client.DisplayName);
}

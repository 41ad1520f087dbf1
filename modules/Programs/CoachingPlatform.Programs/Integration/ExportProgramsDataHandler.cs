using CoachingPlatform.Programs.Contracts;
using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Integration;

/// <summary>All of a client's work in Programs, private reflections and drafts included: it is theirs.</summary>
internal sealed class ExportProgramsDataHandler(ProgramsDbContext db) : IRequestHandler<ExportProgramsData, ProgramsExport>
{
    public async Task<ProgramsExport> Handle(ExportProgramsData request, CancellationToken cancellationToken)
    {
        var id = request.ClientId;
        var assignments = await db.Assignments.AsNoTracking().Include(a => a.Completions)
            .Where(a => a.ClientId == id).OrderBy(a => a.AssignedAt).ToListAsync(cancellationToken);
        var drafts = (await db.Drafts.AsNoTracking().Where(d => d.ClientId == id).ToListAsync(cancellationToken)).ToLookup(d => d.AssignmentId);
        var wins = await db.Wins.AsNoTracking().Where(w => w.ClientId == id).OrderBy(w => w.RecordedAt)
            .Select(w => new WinExport(w.Text, w.RecordedAt)).ToListAsync(cancellationToken);
        var gratitude = await db.Gratitude.AsNoTracking().Where(g => g.ClientId == id).OrderBy(g => g.Day)
            .Select(g => new GratitudeExport(g.Day, g.Items)).ToListAsync(cancellationToken);
        var support = await db.SupportRequests.AsNoTracking().Where(s => s.ClientId == id).OrderBy(s => s.RequestedAt)
            .Select(s => new SupportRequestExport(s.RequestedAt, s.StepTitle, s.Message, s.ResolvedAt, s.Reply)).ToListAsync(cancellationToken);
        var preferences = await db.Preferences.AsNoTracking().SingleOrDefaultAsync(p => p.ClientId == id, cancellationToken);

        return new ProgramsExport(
            assignments.Select(a => new AssignmentExport(a.Id, a.ProgramTitle, a.AssignedAt, a.CompletedAt, a.Percent,
                a.Completions.OrderBy(c => c.StepOrder)
                    .Select(c => new StepAnswerExport(c.StepOrder, c.StepTitle, c.CompletedAt, c.Reflection, c.CheckedItems, c.SharedWithCoach)).ToList(),
                drafts[a.Id].Select(d => new StepDraftExport(d.StepId, d.SavedAt, d.Reflection, d.CheckedItems)).ToList())).ToList(),
            wins,
            gratitude,
            support,
            preferences is null ? null : new ReminderPreferencesExport(preferences.TimeZone, preferences.QuietHoursStart.ToString("HH:mm"),
                preferences.QuietHoursEnd.ToString("HH:mm"), preferences.WeeklyReminderBudget));
    }
}

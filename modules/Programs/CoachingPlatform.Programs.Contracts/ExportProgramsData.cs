using MediatR;

namespace CoachingPlatform.Programs.Contracts;

/// <summary>Everything Programs holds about a client, for their "My data" download.</summary>
public sealed record ExportProgramsData(Guid ClientId) : IRequest<ProgramsExport>;

public sealed record ProgramsExport(
    IReadOnlyList<AssignmentExport> Programs,
    IReadOnlyList<WinExport> Wins,
    IReadOnlyList<GratitudeExport> Gratitude,
    IReadOnlyList<SupportRequestExport> SupportRequests,
    ReminderPreferencesExport? ReminderPreferences);

public sealed record AssignmentExport(
    Guid Id, string ProgramTitle, DateTime AssignedAt, DateTime? CompletedAt, int Percent,
    IReadOnlyList<StepAnswerExport> CompletedSteps, IReadOnlyList<StepDraftExport> Drafts);

public sealed record StepAnswerExport(int Order, string StepTitle, DateTime CompletedAt, string? Reflection, IReadOnlyList<string> CheckedItems, bool SharedWithCoach);

public sealed record StepDraftExport(Guid StepId, DateTime SavedAt, string? Reflection, IReadOnlyList<string>? CheckedItems);

public sealed record WinExport(string Text, DateTime RecordedAt);

public sealed record GratitudeExport(DateOnly Day, IReadOnlyList<string> Items);

public sealed record SupportRequestExport(DateTime RequestedAt, string? StepTitle, string? Message, DateTime? ResolvedAt, string? Reply);

public sealed record ReminderPreferencesExport(string TimeZone, string QuietHoursStart, string QuietHoursEnd, int WeeklyReminderBudget);

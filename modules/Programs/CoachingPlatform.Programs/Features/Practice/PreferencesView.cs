using CoachingPlatform.Programs.Domain;

namespace CoachingPlatform.Programs.Features.Practice;

internal sealed record PreferencesView(string TimeZone, TimeOnly QuietHoursStart, TimeOnly QuietHoursEnd, int WeeklyReminderBudget)
{
    public static PreferencesView From(ClientPreferences p) => new(p.TimeZone, p.QuietHoursStart, p.QuietHoursEnd, p.WeeklyReminderBudget);
}

using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Practice;

internal sealed record PreferencesView(string TimeZone, TimeOnly QuietHoursStart, TimeOnly QuietHoursEnd, int WeeklyReminderBudget)
{
    public static PreferencesView From(ClientPreferences p) => new(p.TimeZone, p.QuietHoursStart, p.QuietHoursEnd, p.WeeklyReminderBudget);
}

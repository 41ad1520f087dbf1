using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Practice;

/// <summary>The client's reminder settings: time zone, quiet hours, reminders per week (0 = none).</summary>
internal sealed record UpdatePreferences(Guid ClientId, string TimeZone, TimeOnly? QuietHoursStart, TimeOnly? QuietHoursEnd, int? WeeklyReminderBudget)
    : IRequest<PreferencesView>;

internal sealed class UpdatePreferencesValidator : AbstractValidator<UpdatePreferences>
{
    public UpdatePreferencesValidator()
    {
        RuleFor(r => r.TimeZone).NotEmpty().Must(tz => TimeZoneInfo.TryFindSystemTimeZoneById(tz, out _))
            .WithMessage("Use a time zone name such as Europe/Paris or America/New_York.");
        RuleFor(r => r.QuietHoursStart).NotNull().WithName("Quiet hours from");
        RuleFor(r => r.QuietHoursEnd).NotNull().WithName("Quiet hours until");
        RuleFor(r => r.WeeklyReminderBudget).NotNull().InclusiveBetween(0, ClientPreferences.MaxWeeklyBudget);
    }
}

internal sealed class UpdatePreferencesHandler(ProgramsDbContext db) : IRequestHandler<UpdatePreferences, PreferencesView>
{
    public async Task<PreferencesView> Handle(UpdatePreferences request, CancellationToken cancellationToken)
    {
        var preferences = await db.Preferences.SingleOrDefaultAsync(p => p.ClientId == request.ClientId, cancellationToken);
        if (preferences is null)
        {
            preferences = ClientPreferences.DefaultFor(request.ClientId);
            db.Preferences.Add(preferences);
        }

        preferences.Update(request.TimeZone, request.QuietHoursStart!.Value, request.QuietHoursEnd!.Value, request.WeeklyReminderBudget!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return PreferencesView.From(preferences);
    }
}

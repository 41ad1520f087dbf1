using System.Globalization;
using System.Text;
using CoachingPlatform.Assessments.Contracts;
using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Clients.Contracts;
using CoachingPlatform.Identity.Contracts;
using CoachingPlatform.Programs.Contracts;
using MediatR;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Subscriptions.Features.CoachDigests;

/// <summary>
/// What one coach's weekly digest says, from the Clients, Programs and Assessments contracts (a fixed number
/// of requests per coach): per client the steps completed, wins, gratitude streak, support requests and Wheel
/// of Life changes in the window. Null when no client did anything: a quiet week sends no mail.
/// </summary>
internal sealed class CoachDigestMail(IMediator mediator, IOptions<AppOptions> app)
{
    public async Task<EmailMessage?> BuildAsync(Guid coachId, DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        var coach = await mediator.Send(new GetUserContact(coachId), cancellationToken);
        var clients = await mediator.Send(new ListActiveClients(coachId), cancellationToken);
        if (coach is null || clients.Count == 0)
        {
            return null;
        }

        var shared = clients.ToDictionary(c => c.ClientId, c => c.SharedSince);
        var weeks = (await mediator.Send(new GetClientsWeek(coachId, shared, from, to), cancellationToken)).ToDictionary(w => w.ClientId);
        var wheels = (await mediator.Send(new GetWheelChanges(shared, from, to), cancellationToken)).ToDictionary(w => w.ClientId);

        var paragraphs = new List<string>();
        var quiet = new List<string>();
        foreach (var client in clients)
        {
            var week = weeks.GetValueOrDefault(client.ClientId);
            var lines = Lines(week, wheels.GetValueOrDefault(client.ClientId));
            if (lines.Count == 0)
            {
                quiet.Add(client.DisplayName);
                continue;
            }

            paragraphs.Add(client.DisplayName + "\n" + string.Join("\n", lines) + "\n" + app.Value.Link($"/coach/clients/{client.ClientId}"));
        }

        if (paragraphs.Count == 0)
        {
            return null;
        }

        var range = $"{from.ToString("MMMM d", CultureInfo.InvariantCulture)} to {to.ToString("MMMM d", CultureInfo.InvariantCulture)}";
        paragraphs.Insert(0, $"Hello {coach.DisplayName}, here is how your clients moved from {range}.");
        if (quiet.Count > 0)
        {
            paragraphs.Add("A quiet week for " + string.Join(", ", quiet) + ".");
        }

        return new EmailContent("Your clients this week", paragraphs)
        {
            Action = ("Open your dashboard", app.Value.Link("/coach")),
            Footer = $"You receive this weekly digest as a coach. Switch it off on your account page: {app.Value.Link("/account")}",
        }.To(coach.Email, $"Your clients this week ({range})", coach.DisplayName);
    }

    private static List<string> Lines(ClientWeek? week, WheelChange? wheel)
    {
        var lines = new List<string>();
        if (week is not null)
        {
            if (week.StepsCompleted.Count > 0)
            {
                lines.Add($"Steps completed: {week.StepsCompleted.Count} ("
                    + string.Join("; ", week.StepsCompleted.Select(s => $"{s.ProgramTitle}, step {s.Order}: {s.StepTitle}")) + ")");
            }

            if (week.Wins > 0)
            {
                lines.Add($"Wins recorded: {week.Wins}");
            }

            if (week.GratitudeStreak > 0)
            {
                lines.Add($"Gratitude streak: {week.GratitudeStreak} {(week.GratitudeStreak == 1 ? "day" : "days")}");
            }

            if (week.SupportRequests > 0 || week.OpenSupportRequests > 0)
            {
                lines.Add($"Support requests: {week.SupportRequests} new, {week.OpenSupportRequests} open");
            }
        }

        if (wheel is not null)
        {
            var text = new StringBuilder("Wheel of Life: average ");
            text.Append(wheel.PreviousAverage is { } before ? $"{Number(before)} → {Number(wheel.Average)}" : $"{Number(wheel.Average)} (first result)");
            if (wheel.Areas.Count > 0)
            {
                text.Append(" (").Append(string.Join(", ", wheel.Areas.Select(a => $"{a.Area} {a.From} → {a.To}"))).Append(')');
            }

            lines.Add(text.ToString());
        }

        return lines;
    }

    private static string Number(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}

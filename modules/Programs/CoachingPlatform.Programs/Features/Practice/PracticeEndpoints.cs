using CoachingPlatform.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Programs.Features.Practice;

internal static class PracticeEndpoints
{
    public sealed record WinBody(string Text);

    public sealed record GratitudeBody(IReadOnlyList<string>? Items);

    public sealed record PreferencesBody(string TimeZone, TimeOnly? QuietHoursStart, TimeOnly? QuietHoursEnd, int? WeeklyReminderBudget);

    public sealed record Created(Guid Id);

    public static void Map(IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me").WithTags("Client portal").RequireAuthorization(Roles.Client);

        me.MapPost("/wins", async (WinBody? body, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new RecordWin(user.Id, body?.Text ?? ""), ct);
                return TypedResults.Created($"/api/me/timeline#{id}", new Created(id));
            })
            .WithSummary("Records a small win.")
            .ProducesValidationProblem();

        me.MapGet("/timeline", async (ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTimeline(user.Id, null), ct)))
            .WithSummary("Wins, completed steps and finished programs, newest first.");

        me.MapGet("/gratitude", async (ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetGratitude(user.Id), ct)))
            .WithSummary("The daily gratitude practice: streak and recent entries.");

        me.MapPut("/gratitude/today", async (GratitudeBody? body, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecordGratitude(user.Id, body?.Items), ct)))
            .WithSummary("Today's three gratitudes; writing again today replaces them.")
            .ProducesValidationProblem();

        me.MapGet("/preferences", async (ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetPreferences(user.Id), ct)))
            .WithSummary("Reminder settings: time zone, quiet hours, weekly reminder budget.");

        me.MapPut("/preferences", async (PreferencesBody? body, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdatePreferences(user.Id, body?.TimeZone ?? "", body?.QuietHoursStart, body?.QuietHoursEnd, body?.WeeklyReminderBudget), ct)))
            .WithSummary("Changes the reminder settings; a budget of 0 turns coaching reminders off.")
            .ProducesValidationProblem();

        app.MapGet("/api/clients/{clientId:guid}/timeline", async (Guid clientId, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
            {
                var client = await mediator.EnsureCoachClientAsync(user.Id, clientId, ct);
                return TypedResults.Ok(await mediator.Send(new GetTimeline(clientId, user.Id, client.SharedSince), ct));
            })
            .WithTags("Programs")
            .WithSummary("The client's wins and completed steps, for their coach.")
            .RequireAuthorization(Roles.Coach);
    }
}

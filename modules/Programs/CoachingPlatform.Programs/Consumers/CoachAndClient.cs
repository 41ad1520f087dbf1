using CoachingPlatform.Identity.Contracts;
using MediatR;

namespace CoachingPlatform.Programs.Consumers;

/// <summary>The two people a coaching notification is about; null when either account is gone.</summary>
internal sealed record CoachAndClient(UserContact Coach, UserContact Client)
{
    public static async Task<CoachAndClient?> FindAsync(IMediator mediator, Guid coachId, Guid clientId, CancellationToken ct) =>
        await mediator.Send(new GetUserContact(coachId), ct) is { } coach && await mediator.Send(new GetUserContact(clientId), ct) is { } client
            ? new CoachAndClient(coach, client)
            : null;
}

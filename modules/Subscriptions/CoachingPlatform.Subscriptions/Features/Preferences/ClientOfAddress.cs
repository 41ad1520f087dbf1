using CoachingPlatform.Clients.Contracts;
using CoachingPlatform.Identity.Contracts;
using MediatR;

namespace CoachingPlatform.Subscriptions.Features.Preferences;

/// <summary>
/// The client account a subscriber's address belongs to, or null. The subscriber proved the address by
/// confirming from it, and only the holder of its manage link asks, so this tells nobody anything new.
/// </summary>
internal static class ClientOfAddress
{
    public static async Task<Guid?> FindAsync(IMediator mediator, string email, CancellationToken cancellationToken)
    {
        var account = await mediator.Send(new FindAccount(email), cancellationToken);
        if (account is null || account.IsStaff)
        {
            return null;
        }

        return (await mediator.Send(new GetClientCoaches(account.Id), cancellationToken)).Count > 0 ? account.Id : null;
    }
}

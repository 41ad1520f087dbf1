using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Clients.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoachingPlatform.Web.Pages.Coach;

/// <summary>Another coach's client, or no client at all, is the not-found page (404), never an empty shell.</summary>
public sealed class ClientDetailModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid clientId, CancellationToken ct) =>
        await mediator.Send(new GetCoachClient(user.Id, clientId), ct) is null ? NotFound() : Page();
}

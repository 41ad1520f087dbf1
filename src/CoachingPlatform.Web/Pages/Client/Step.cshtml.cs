using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Programs.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoachingPlatform.Web.Pages.Client;

/// <summary>A step of someone else's assignment, or no such step, is the not-found page (404).</summary>
public sealed class StepModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid assignmentId, Guid stepId, CancellationToken ct) =>
        await mediator.Send(new ClientHasStep(user.Id, assignmentId, stepId), ct) ? Page() : NotFound();
}

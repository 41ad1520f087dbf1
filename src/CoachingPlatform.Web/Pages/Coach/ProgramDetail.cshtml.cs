using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Programs.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoachingPlatform.Web.Pages.Coach;

/// <summary>Another coach's program, or no program at all, is the not-found page (404).</summary>
public sealed class ProgramDetailModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid programId, CancellationToken ct) =>
        await mediator.Send(new CoachSeesProgram(user.Id, programId), ct) ? Page() : NotFound();
}

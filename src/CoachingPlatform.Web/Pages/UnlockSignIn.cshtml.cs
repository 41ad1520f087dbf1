using CoachingPlatform.Identity.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoachingPlatform.Web.Pages;

public sealed class UnlockSignInModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool Done { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Done = await mediator.Send(new UnlockSignIn(Token ?? ""), ct);
        if (!Done)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Error = "This link is not valid any more. Waits end on their own; try again later.";
        }

        return Page();
    }
}

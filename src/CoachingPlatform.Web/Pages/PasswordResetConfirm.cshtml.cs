using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Identity.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CoachingPlatform.Web.Pages;

/// <summary>Sets the new password from the mailed link with a plain form post: it works without scripts.</summary>
[EnableRateLimiting(RateLimits.PublicWrite)]
public sealed class PasswordResetConfirmModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    public bool Done { get; private set; }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new ResetPassword(Token ?? "", Password ?? ""), cancellationToken);
            Done = true;
        }
        catch (ValidationException ex)
        {
            ModelState.AddFailures(ex);
        }
    }

    public string? ErrorFor(string field) => ModelState.ErrorFor(field);
}

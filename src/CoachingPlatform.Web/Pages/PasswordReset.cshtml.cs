using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Identity.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CoachingPlatform.Web.Pages;

/// <summary>Asks for a reset link with a plain form post: it works without scripts.</summary>
[EnableRateLimiting(RateLimits.PublicWrite)]
public sealed class PasswordResetModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new RequestPasswordReset(Email ?? ""), cancellationToken);
            Sent = true;
        }
        catch (ValidationException ex)
        {
            ModelState.AddFailures(ex);
        }
    }

    public string? ErrorFor(string field) => ModelState.ErrorFor(field);
}

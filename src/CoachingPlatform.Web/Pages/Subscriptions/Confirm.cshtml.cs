using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Subscriptions.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CoachingPlatform.Web.Pages.Subscriptions;

/// <summary>Opening the link only shows a button; the POST confirms, so link scanners subscribe nobody.</summary>
[EnableRateLimiting(RateLimits.PublicWrite)]
public sealed class ConfirmModel(IMediator mediator) : PageModel
{
    public string Token { get; private set; } = "";

    public ConfirmedNewsletter? Confirmed { get; private set; }

    public string? Error { get; private set; }

    public void OnGet(string? token) => Token = token ?? "";

    public async Task<IActionResult> OnPostAsync(string? token, CancellationToken cancellationToken)
    {
        Token = token ?? "";
        try
        {
            Confirmed = await mediator.Send(new ConfirmNewsletter(Token), cancellationToken);
        }
        catch (ValidationException invalid)
        {
            Error = invalid.Errors.First().ErrorMessage;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}

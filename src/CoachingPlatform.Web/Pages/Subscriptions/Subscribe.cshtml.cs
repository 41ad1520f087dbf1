using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Subscriptions.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CoachingPlatform.Web.Pages.Subscriptions;

/// <summary>
/// Where every newsletter form posts; it says the same thing whether or not the address was known. Public
/// pages post here without an antiforgery token (they may come from the public page cache): the form acts
/// for no account, and double opt-in guards the address.
/// </summary>
[EnableRateLimiting(RateLimits.PublicWrite)]
[IgnoreAntiforgeryToken]
public sealed class SubscribeModel(IMediator mediator) : PageModel
{
    public bool Sent { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? email, string? frequency, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new SubscribeToNewsletter(email ?? "", frequency ?? ""), cancellationToken);
            Sent = true;
        }
        catch (ValidationException invalid)
        {
            Errors = invalid.Errors.Select(e => e.ErrorMessage).Distinct().ToList();
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}

using CoachingPlatform.Assessments.Contracts;
using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.BuildingBlocks.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CoachingPlatform.Web.Pages.Wheel;

/// <summary>
/// The claim link of an anonymous result. Keeping it takes a click, not just opening the link: a mail
/// scanner or a shared screen must not move anyone's result.
/// </summary>
[EnableRateLimiting(RateLimits.PublicForm)]
public sealed class ClaimWheelModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool IsClient => user.IsSignedIn && user.IsInRole(Roles.Client);

    public bool IsSignedIn => user.IsSignedIn;

    public string? Problem { get; private set; }

    public string SignInLink => $"/signin?ReturnUrl={Uri.EscapeDataString($"/wheel-of-life/claim?token={Uri.EscapeDataString(Token ?? "")}")}";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!IsClient)
        {
            return Redirect(SignInLink);
        }

        try
        {
            await mediator.Send(new ClaimAssessment(user.Id, Token), ct);
            WheelClaimCookie.Forget(Response);
            return Redirect("/client/wheel");
        }
        catch (Exception e) when (e is NotFoundException or ValidationException)
        {
            Problem = "This link has already been used or is not complete. A result can be kept once.";
            return Page();
        }
    }
}

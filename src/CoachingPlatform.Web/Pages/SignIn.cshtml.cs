using System.Globalization;
using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Identity.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoachingPlatform.Web.Pages;

/// <summary>
/// A plain form post (works without JavaScript, carries the antiforgery token). After signing in it goes
/// back only to a path on this site; anything else goes to the person's home page.
/// </summary>
public sealed class SignInModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        SignInOutcome outcome;
        try
        {
            outcome = await mediator.Send(new SignInWithPassword(Email ?? "", Password ?? "", UseCookies: true, HttpContext.Connection.RemoteIpAddress?.ToString()), ct);
        }
        catch (ValidationException)
        {
            Error = "Enter your email and password.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (outcome.RetryAfter is { } wait)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            Error = $"Too many failed attempts. Try again in {Math.Ceiling(wait.TotalMinutes):0} minute(s), or use the link mailed to the account's address.";
            return Page();
        }

        if (!outcome.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            Error = "The email or password is incorrect.";
            return Page();
        }

        return LocalRedirect(LocalRedirects.IsSafe(ReturnUrl, Url) ? ReturnUrl! : HomeOf(outcome.Roles));
    }

    private static string HomeOf(IReadOnlyList<string> roles) =>
        roles.Contains(Roles.Admin) ? "/admin" : roles.Contains(Roles.Coach) ? "/coach" : roles.Contains(Roles.Client) ? "/client" : "/";
}

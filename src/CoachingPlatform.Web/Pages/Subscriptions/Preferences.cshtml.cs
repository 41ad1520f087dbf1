using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Subscriptions.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CoachingPlatform.Web.Pages.Subscriptions;

/// <summary>Frequency, pause and unsubscribe for whoever holds the link from a digest; plain form posts.</summary>
[EnableRateLimiting(RateLimits.PublicWrite)]
public sealed class PreferencesModel(IMediator mediator) : PageModel
{
    public string Token { get; private set; } = "";

    public NewsletterPreferences Preferences { get; private set; } = null!;

    public string? Saved { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(string? token, CancellationToken cancellationToken) =>
        Run(token, () => mediator.Send(new GetNewsletterPreferences(Token), cancellationToken), null);

    public Task<IActionResult> OnPostSaveAsync(string? token, string? frequency, bool paused, bool showNextStep, CancellationToken cancellationToken) =>
        Run(token, () => mediator.Send(new UpdateNewsletterPreferences(Token, frequency ?? "", paused, showNextStep), cancellationToken),
            paused ? "Saved. The digest is paused until you resume it here." : "Saved.");

    public Task<IActionResult> OnPostUnsubscribeAsync(string? token, CancellationToken cancellationToken) =>
        Run(token, () => mediator.Send(new UnsubscribeFromNewsletter(Token), cancellationToken), "You are unsubscribed. No more digests will come.");

    private async Task<IActionResult> Run(string? token, Func<Task<NewsletterPreferences>> action, string? done)
    {
        Token = token ?? "";
        try
        {
            Preferences = await action();
            Saved = done;
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (e is ValidationException or ConflictException)
        {
            Errors = e is ValidationException invalid ? invalid.Errors.Select(x => x.ErrorMessage).ToList() : [e.Message];
            Preferences = await mediator.Send(new GetNewsletterPreferences(Token));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }
}

using CoachingPlatform.Assessments.Contracts;
using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Subscriptions.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Web.Pages.Wheel;

/// <summary>
/// A result at its unguessable address: the wheel drawn, the numbers, goals, the newsletter and, for a
/// client, keeping an anonymous result. Every form is a plain post, so the page works without JavaScript.
/// </summary>
[EnableRateLimiting(RateLimits.PublicForm)]
public sealed class WheelResultModel(IMediator mediator, ICurrentUser user, IOptions<AppOptions> app) : PageModel
{
    public AssessmentResult Result { get; private set; } = null!;

    public IReadOnlyList<LifeAreaInfo> Areas { get; private set; } = [];

    [BindProperty(Name = "Goal")]
    public GoalForm Goal { get; set; } = new();

    [BindProperty(Name = "Subscription")]
    public SubscribeForm Subscription { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public bool IsSignedIn => user.IsSignedIn;

    public bool IsClient => user.IsSignedIn && user.IsInRole(Roles.Client);

    /// <summary>The claim token, when this browser took this anonymous result.</summary>
    public string? ClaimToken { get; private set; }

    public string ClaimLink => app.Value.Link($"/wheel-of-life/claim?token={Uri.EscapeDataString(ClaimToken ?? "")}");

    public string WheelSource => Result.PreviousId is { } previous
        ? $"/api/assessments/{Result.Id}/wheel.svg?compare={previous}"
        : $"/api/assessments/{Result.Id}/wheel.svg";

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => ShowAsync(id, ct);

    public async Task<IActionResult> OnPostGoalAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            await mediator.Send(new AddGoal(id, Caller, Goal.Area, Goal.Text, Goal.TargetScore, Goal.TargetDate), ct);
            Notice = "Your goal is saved.";
            return Redirect($"/wheel-of-life/results/{id}#goals");
        }
        catch (ValidationException invalid)
        {
            AddErrors("Goal", invalid);
            return await ShowAsync(id, ct);
        }
        catch (ConflictException full)
        {
            ModelState.AddModelError("Goal.text", full.Message);
            return await ShowAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostSubscribeAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            await mediator.Send(new SubscribeToNewsletter(Subscription.Email, Subscription.Frequency), ct);
            Notice = "Thank you. Check your inbox: we sent a link to confirm your subscription.";
            return Redirect($"/wheel-of-life/results/{id}#newsletter");
        }
        catch (ValidationException invalid)
        {
            AddErrors("Subscription", invalid);
            return await ShowAsync(id, ct);
        }
    }

    public async Task<IActionResult> OnPostClaimAsync(Guid id, CancellationToken ct)
    {
        if (!IsClient || WheelClaimCookie.TokenFor(Request, id) is not { } token)
        {
            return NotFound();
        }

        try
        {
            await mediator.Send(new ClaimAssessment(user.Id, token), ct);
        }
        catch (NotFoundException)
        {
            // Already claimed, from another tab or the link: nothing left to keep.
        }

        WheelClaimCookie.Forget(Response);
        return Redirect("/client/wheel");
    }

    public string NameOf(string key) => Areas.FirstOrDefault(a => a.Key == key)?.Name ?? key;

    public string? ErrorOf(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private Guid? Caller => user.IsSignedIn ? user.Id : null;

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Result = await mediator.Send(new GetAssessment(id, Caller), ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        Areas = (await mediator.Send(new GetWheelOfLife(), ct)).Areas;
        ClaimToken = Result.Anonymous ? WheelClaimCookie.TokenFor(Request, id) : null;
        return Page();
    }

    private void AddErrors(string form, ValidationException invalid)
    {
        foreach (var error in invalid.Errors)
        {
            ModelState.AddModelError($"{form}.{char.ToLowerInvariant(error.PropertyName[0])}{error.PropertyName[1..]}", error.ErrorMessage);
        }
    }

    public sealed class GoalForm
    {
        public string? Area { get; set; }

        public string? Text { get; set; }

        public int? TargetScore { get; set; }

        public DateOnly? TargetDate { get; set; }
    }

    public sealed class SubscribeForm
    {
        public string? Email { get; set; }

        public string? Frequency { get; set; } = "weekly";
    }
}

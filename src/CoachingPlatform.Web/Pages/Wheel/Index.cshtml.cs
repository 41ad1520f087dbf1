using System.Globalization;
using CoachingPlatform.Assessments.Contracts;
using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.BuildingBlocks.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CoachingPlatform.Web.Pages.Wheel;

/// <summary>The public Wheel of Life form: a plain form post, so it works without JavaScript.</summary>
[EnableRateLimiting(RateLimits.PublicForm)]
public sealed class TakeWheelModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public const int StartingScore = 5;

    public IReadOnlyList<LifeAreaInfo> Areas { get; private set; } = [];

    /// <summary>Typed text, checked here, so that "abc" is an error on its field rather than a silent zero.</summary>
    /// <remarks>Named, so that a form without notes does not bind every other field as a note.</remarks>
    [BindProperty(Name = "Scores")]
    public Dictionary<string, string?> Scores { get; set; } = [];

    [BindProperty(Name = "Notes")]
    public Dictionary<string, string?> Notes { get; set; } = [];

    public bool IsClient => user.IsSignedIn && user.IsInRole(Roles.Client);

    public async Task OnGetAsync(CancellationToken ct) => Areas = (await mediator.Send(new GetWheelOfLife(), ct)).Areas;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Areas = (await mediator.Send(new GetWheelOfLife(), ct)).Areas;
        ModelState.Clear();
        var scores = new Dictionary<string, int>();
        foreach (var (area, typed) in Scores)
        {
            if (int.TryParse(typed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var score))
            {
                scores[area] = score;
            }
            else if (!string.IsNullOrWhiteSpace(typed))
            {
                ModelState.AddModelError($"scores.{area}", "Enter a whole number from 1 to 10.");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var notes = Notes.Where(n => !string.IsNullOrWhiteSpace(n.Value)).ToDictionary(n => n.Key, n => n.Value);
            var taken = await mediator.Send(new TakeWheelOfLife(scores, notes, null, IsClient ? user.Id : null), ct);
            if (taken.ClaimToken is { } token)
            {
                WheelClaimCookie.Remember(Response, taken.Id, token, Request.IsHttps);
            }

            return Redirect($"/wheel-of-life/results/{taken.Id}");
        }
        catch (ValidationException invalid)
        {
            foreach (var error in invalid.Errors)
            {
                ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
            }

            return Page();
        }
    }

    public string ValueOf(string area) => Scores.GetValueOrDefault(area) ?? StartingScore.ToString(CultureInfo.InvariantCulture);

    public string? ErrorOf(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}

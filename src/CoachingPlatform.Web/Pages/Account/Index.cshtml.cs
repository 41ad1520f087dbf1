using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoachingPlatform.Web.Pages.Account;

/// <summary>The account page; for coaches also the weekly progress digest switch, a plain form post.</summary>
public sealed class AccountModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public CoachDigestSetting? CoachDigest { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (user.IsInRole(Roles.Coach))
        {
            CoachDigest = await mediator.Send(new GetCoachDigestSetting(user.Id), ct);
        }
    }

    public async Task<IActionResult> OnPostCoachDigestAsync(bool enabled, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.Coach))
        {
            return Forbid();
        }

        var setting = await mediator.Send(new ChangeCoachDigestSetting(user.Id, enabled), ct);
        Notice = setting.Enabled ? "The weekly digest of your clients is on." : "The weekly digest of your clients is off.";
        return RedirectToPage();
    }
}

using CoachingPlatform.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoachingPlatform.Web.Pages.Admin;

/// <summary>
/// The newsletter at a glance: who receives it, how the runs went (the coaches' weekly progress digest among
/// them), "run now" for each job and the next digest's preview.
/// </summary>
public sealed class NewsletterModel(IMediator mediator) : PageModel
{
    public NewsletterOverview Overview { get; private set; } = null!;

    public DigestPreview? Preview { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string PreviewFrequency { get; set; } = "weekly";

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? Notice { get; set; }

    public bool Running => Overview.Runs.Any(r => r.FinishedAt is null);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PreviewFrequency = PreviewFrequency == "daily" ? "daily" : "weekly";
        Overview = await mediator.Send(new GetNewsletterOverview(Math.Max(1, PageNumber)), ct);
        Preview = await mediator.Send(new PreviewDigest(PreviewFrequency), ct);
    }

    public async Task<IActionResult> OnPostRunAsync(string frequency, CancellationToken ct)
    {
        var (jobId, name) = frequency switch
        {
            "coaches" => (await mediator.Send(new EnqueueCoachDigestRun(), ct), "coaches' weekly"),
            "daily" => (await mediator.Send(new EnqueueDigestRun("daily"), ct), "daily"),
            _ => (await mediator.Send(new EnqueueDigestRun("weekly"), ct), "weekly"),
        };
        Notice = $"The {name} digest run is queued (job {jobId}). Refresh to follow its progress.";
        return RedirectToPage();
    }
}

using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Web.Pages.Admin;

/// <summary>Dead letters on a page that works without scripts: each retry or discard is a form post.</summary>
public sealed class DeliveriesModel(DeadLetters deadLetters, IOptions<AppOptions> app) : PageModel
{
    /// <summary>With several nodes behind a proxy, which one answered (its claims carry the same name).</summary>
    public string NodeName => app.Value.NodeName;

    public IReadOnlyList<DeadLetter> Items { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Items = await deadLetters.ListAsync(Math.Max(0, PageNumber), ct);

    public async Task<IActionResult> OnPostRetryAsync(string kind, Guid id, CancellationToken ct)
    {
        await deadLetters.RetryAsync(kind, id, ct);
        Notice = "Retrying: it is due again now.";
        return RedirectToPage(new { PageNumber });
    }

    public async Task<IActionResult> OnPostDiscardAsync(string kind, Guid id, CancellationToken ct)
    {
        await deadLetters.DiscardAsync(kind, id, ct);
        Notice = "Discarded.";
        return RedirectToPage(new { PageNumber });
    }
}

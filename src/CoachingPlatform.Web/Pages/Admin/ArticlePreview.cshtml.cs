using CoachingPlatform.Community.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoachingPlatform.Web.Pages.Admin;

/// <summary>
/// The editor's preview, shown in a sandboxed frame: the form posts the Markdown here and the answer is
/// the HTML exactly as the article page would show it, so no script has to insert HTML.
/// </summary>
public sealed class ArticlePreviewModel(IMediator mediator) : PageModel
{
    public string? Html { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync([FromForm] string? body, CancellationToken cancellationToken)
    {
        Html = await mediator.Send(new RenderMarkdown(body ?? ""), cancellationToken);
        return Page();
    }
}

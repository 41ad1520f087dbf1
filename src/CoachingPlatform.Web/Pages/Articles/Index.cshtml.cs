using CoachingPlatform.Community.Contracts;
using CoachingPlatform.Web.Composition;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CoachingPlatform.Web.Pages.Articles;

[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class IndexModel(IMediator mediator, TimeProvider clock) : PageModel
{
    public const int PageSize = 10;

    public IReadOnlyList<PublishedArticle> Articles { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public bool HasMore { get; private set; }

    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, page ?? 1);
        Now = clock.GetUtcNow().UtcDateTime;

        // One more than shown tells whether there is a next page.
        var found = await mediator.Send(new ListPublishedArticles(PageNumber, PageSize + 1), cancellationToken);
        HasMore = found.Count > PageSize;
        Articles = found.Take(PageSize).ToList();
        return Page();
    }
}

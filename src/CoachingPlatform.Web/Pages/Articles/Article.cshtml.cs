using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Web.Composition;
using CoachingPlatform.Community.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace CoachingPlatform.Web.Pages.Articles;

/// <summary>
/// The article, its conversation and the comment form. Works without scripts: replying is a link that
/// opens the form for that comment, posting and reporting are plain form posts that come back here.
/// The policy limits the posts only; reading the page is never limited. Anonymous readers get the page
/// from the public page cache; its forms carry no antiforgery token, since they act for no account.
/// </summary>
[EnableRateLimiting(RateLimits.CommunityWrite)]
[OutputCache(PolicyName = PublicPages.Policy)]
[IgnoreAntiforgeryToken]
public sealed class ArticleModel(IMediator mediator, FormStamp stamp, TimeProvider clock) : PageModel
{
    public ArticleForReaders Article { get; private set; } = null!;

    public ThreadedComment? ReplyingTo { get; private set; }

    [BindProperty]
    public CommentForm Form { get; set; } = new();

    /// <summary>"pending" or "approved" after a comment was posted.</summary>
    public string? Submitted { get; private set; }

    public Guid? Reported { get; private set; }

    public Guid? ReportFailed { get; private set; }

    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int? page, Guid? replyTo, string? submitted, Guid? reported, CancellationToken cancellationToken)
    {
        Submitted = submitted is "pending" or "approved" ? submitted : null;
        Reported = reported;
        if (!await LoadAsync(slug, page, cancellationToken))
        {
            return NotFound();
        }

        ReplyingTo = replyTo is { } id ? Article.Comments.FirstOrDefault(c => c.Id == id) : null;
        Form = new CommentForm { ParentId = ReplyingTo?.Id };
        return Page();
    }

    public async Task<IActionResult> OnPostCommentAsync(string slug, CancellationToken cancellationToken)
    {
        try
        {
            var submitted = await mediator.Send(new SubmitComment(slug, Form.ParentId, Form.AuthorName, Form.Email, Form.Body, Form.Website,
                stamp.TimeSince(Form.Stamp), Address()), cancellationToken);
            return Redirect($"/articles/{Uri.EscapeDataString(slug)}?submitted={submitted.Status}#comment-status");
        }
        catch (ValidationException invalid)
        {
            foreach (var error in invalid.Errors)
            {
                ModelState.AddModelError($"{nameof(Form)}.{error.PropertyName}", error.ErrorMessage);
            }
        }
        catch (NotFoundException notFound) when (notFound.Resource == "comment")
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(CommentForm.ParentId)}", "The comment you replied to is no longer shown. Your words are still here: post them as a new comment.");
            Form.ParentId = null;
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        if (!await LoadAsync(slug, 1, cancellationToken))
        {
            return NotFound();
        }

        ReplyingTo = Form.ParentId is { } id ? Article.Comments.FirstOrDefault(c => c.Id == id) : null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostReportAsync(string slug, Guid commentId, string? reason, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new ReportComment(commentId, reason, Address()), cancellationToken);
            return Redirect($"/articles/{Uri.EscapeDataString(slug)}?reported={commentId}#comment-{commentId}");
        }
        catch (ValidationException)
        {
            ReportFailed = commentId;
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        if (!await LoadAsync(slug, 1, cancellationToken))
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public string FormStamp() => stamp.Issue();

    public string ErrorFor(string field) =>
        ModelState.TryGetValue($"{nameof(Form)}.{field}", out var entry) ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : "";

    private async Task<bool> LoadAsync(string slug, int? page, CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        try
        {
            Article = await mediator.Send(new ReadArticle(slug, Math.Max(1, page ?? 1)), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    private string Address() => HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}

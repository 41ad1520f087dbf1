using CoachingPlatform.Identity.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoachingPlatform.Web.Pages;

/// <summary>Checks the link as the page opens, so nobody types two passwords into a link that no longer works.</summary>
public sealed class InvitationModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    public InvitationCheck Check { get; private set; } = new("unknown", null);

    public string Headline => Check.Status switch
    {
        "used" => "This invitation was already used.",
        "expired" => "This invitation link has expired.",
        "revoked" => "This invitation link no longer works.",
        _ => "This invitation link is not complete or not valid.",
    };

    public string WhatToDo => Check.Status switch
    {
        "used" => "Your password is already set: sign in with it. If you forgot it, choose a new one with \"Forgot your password?\".",
        "expired" => "Links work for 7 days. Ask the person who invited you to send the invitation again; the new mail has a fresh link.",
        "revoked" => "A newer invitation replaced it, or it was withdrawn. Use the link in the newest invitation mail, or ask for a new invitation.",
        _ => "Open the link from your invitation mail again (the whole link), or ask the person who invited you to send it again.",
    };

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Check = await mediator.Send(new CheckInvitation(Token ?? ""), cancellationToken);
}

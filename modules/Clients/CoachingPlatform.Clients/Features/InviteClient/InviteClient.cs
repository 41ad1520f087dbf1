using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.BuildingBlocks.Validation;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Clients.Domain;
using CoachingPlatform.Clients.Persistence;
using CoachingPlatform.Identity.Contracts;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Clients.Features.InviteClient;

internal sealed record InviteClient(Guid CoachId, string Email, string DisplayName) : IRequest<InvitedClient>;

internal sealed record InvitedClient(Guid Id, string Email, string DisplayName, string Status);

internal sealed class InviteClientValidator : AbstractValidator<InviteClient>
{
    public InviteClientValidator()
    {
        RuleFor(r => r.Email).ValidEmail().WithName("Email");
        RuleFor(r => r.DisplayName).ValidName(120).WithName("Name");
    }
}

/// <summary>
/// A new address gets an account and a set-password link (through Identity). An address that already has
/// an account gets a mail asking its owner to accept this coach; nothing is linked until they do. The coach
/// receives the same answer either way, so the route cannot be used to learn who has an account.
/// The same email twice for one coach is a conflict: that is the coach's own data.
/// </summary>
internal sealed class InviteClientHandler(ClientsDbContext db, IMediator mediator, IOptions<AppOptions> app, TimeProvider clock)
    : IRequestHandler<InviteClient, InvitedClient>
{
    public async Task<InvitedClient> Handle(InviteClient request, CancellationToken cancellationToken)
    {
        var normalized = CoachClient.Normalize(request.Email);
        if (await db.CoachClients.AnyAsync(c => c.CoachId == request.CoachId && c.NormalizedEmail == normalized, cancellationToken))
        {
            throw new ConflictException("This email is already one of your clients.");
        }

        var coach = await mediator.Send(new GetUserContact(request.CoachId), cancellationToken)
            ?? throw new NotFoundException("coach", request.CoachId);
        if (string.Equals(coach.Email, request.Email.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            throw new ValidationException([new ValidationFailure("email", "You cannot invite yourself as a client.")]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var account = await mediator.Send(new FindAccount(request.Email), cancellationToken);
        CoachClient client;
        string? consentToken = null;
        if (account is null)
        {
            var invited = await mediator.Send(new InviteUser(request.Email, request.DisplayName, Roles.Client, coach.DisplayName), cancellationToken);
            client = CoachClient.Invite(request.CoachId, invited.UserId, request.Email, request.DisplayName, now, alreadyActive: false);
        }
        else
        {
            (client, consentToken) = CoachClient.RequestConsent(request.CoachId, account.Id, request.Email, request.DisplayName, now);
        }

        db.CoachClients.Add(client);

        // A staff account cannot become a client: its owner is not asked, and the coach is not told.
        if (consentToken is not null && account is { IsStaff: false })
        {
            db.Mail.Add(OutgoingMail.Create($"client-consent:{request.CoachId}:{client.ClientId}", ConsentMail(account, coach.DisplayName, consentToken), now));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException("This email is already one of your clients.");
        }

        return new InvitedClient(client.ClientId, client.Email, client.DisplayName, client.StatusForCoach);
    }

    private EmailMessage ConsentMail(AccountOverview account, string coachName, string token) =>
        new EmailContent($"{coachName} would like to be your coach", [
            $"Hello {account.DisplayName},",
            $"{coachName} invited this address to work together on CoachingPlatform. You already have an account here, so nothing changes unless you accept.",
            $"If you accept, {coachName} sees the programs they assign you and what you record from then on. What you wrote before stays private.",
            $"The link works once and expires in {CoachClient.ConsentLifetime.TotalDays:0} days.",
        ])
        {
            Action = ("Review the request", app.Value.Link($"/clients/accept?token={Uri.EscapeDataString(token)}")),
            Footer = "If you do not know this coach, ignore this mail: nothing is shared.",
        }.To(account.Email, $"{coachName} would like to be your coach", account.DisplayName);
}

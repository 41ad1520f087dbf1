using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.Identity.Contracts;
using CoachingPlatform.Identity.Domain;
using CoachingPlatform.Identity.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Identity.Features.AcceptInvitation;

internal sealed record AcceptInvitation(string Token, string Password) : IRequest<AcceptedInvitation>;

internal sealed record AcceptedInvitation(string Email);

internal sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitation>
{
    public AcceptInvitationValidator()
    {
        RuleFor(r => r.Token).NotEmpty().MaximumLength(100).WithName("Invitation link");
        RuleFor(r => r.Password).NotEmpty().MaximumLength(200).WithName("New password");
    }
}

internal sealed class AcceptInvitationHandler(IdentityDbContext db, UserManager<AppUser> users, TimeProvider clock)
    : IRequestHandler<AcceptInvitation, AcceptedInvitation>
{
    public async Task<AcceptedInvitation> Handle(AcceptInvitation request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = Invitation.Hash(request.Token);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        var user = invitation is null ? null : await users.FindByIdAsync(invitation.UserId.ToString());
        if (invitation is null || user is null || !invitation.IsUsable(now) || await users.HasPasswordAsync(user))
        {
            throw Invalid("token", "This invitation link is not valid any more. Ask for a new invitation.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await users.AddPasswordAsync(user, request.Password);
        if (!result.Succeeded)
        {
            throw new ValidationException(result.Errors.Select(e => new ValidationFailure("password", e.Description)));
        }

        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        invitation.Accept(now);
        db.Outbox.Add(OutboxMessage.From(new InvitationAccepted(user.Id, user.Email!, now), now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new AcceptedInvitation(user.Email!);
    }

    private static ValidationException Invalid(string field, string message) => new([new ValidationFailure(field, message)]);
}

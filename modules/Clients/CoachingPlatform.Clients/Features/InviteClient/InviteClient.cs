using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Clients.Domain;
using CoachingPlatform.Clients.Persistence;
using CoachingPlatform.Identity.Contracts;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Clients.Features.InviteClient;

internal sealed record InviteClient(Guid CoachId, string Email, string DisplayName) : IRequest<InvitedClient>;

internal sealed record InvitedClient(Guid Id, string Email, string DisplayName, string Status);

internal sealed class InviteClientValidator : AbstractValidator<InviteClient>
{
    public InviteClientValidator()
    {
        RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(256).WithName("Email");
        RuleFor(r => r.DisplayName).NotEmpty().MaximumLength(120).WithName("Name");
    }
}

/// <summary>
/// Creates (or reuses) the client's account through Identity, which mails the set-password link,
/// then records the coach-client relationship. The same email twice for one coach is a conflict.
/// </summary>
internal sealed class InviteClientHandler(ClientsDbContext db, IMediator mediator, TimeProvider clock)
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

        var invited = await mediator.Send(new InviteUser(request.Email, request.DisplayName, Roles.Client, coach.DisplayName), cancellationToken);
        var client = CoachClient.Invite(request.CoachId, invited.UserId, request.Email, request.DisplayName,
            clock.GetUtcNow().UtcDateTime, alreadyActive: invited.CanSignIn);
        db.CoachClients.Add(client);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException("This email is already one of your clients.");
        }

        return new InvitedClient(client.ClientId, client.Email, client.DisplayName, client.Status.ToString().ToLowerInvariant());
    }
}

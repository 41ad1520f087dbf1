using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Clients.Contracts;
using CoachingPlatform.Clients.Persistence;
using CoachingPlatform.Identity.Contracts;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Clients.Features.Consent;

/// <summary>The owner of an existing account accepts a coach from the mailed link.</summary>
internal sealed record AcceptCoach(string Token) : IRequest<AcceptedCoach>;

internal sealed record AcceptedCoach(Guid CoachId);

internal sealed class AcceptCoachValidator : AbstractValidator<AcceptCoach>
{
    public AcceptCoachValidator() => RuleFor(r => r.Token).NotEmpty().MaximumLength(100);
}

internal sealed class AcceptCoachHandler(ClientsDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<AcceptCoach, AcceptedCoach>
{
    public async Task<AcceptedCoach> Handle(AcceptCoach request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = SecretTokens.Hash(request.Token);
        var pending = await db.CoachClients.SingleOrDefaultAsync(c => c.ConsentTokenHash == hash, cancellationToken);
        if (pending is null || !pending.CanBeAccepted(now) || !await mediator.Send(new MakeClient(pending.PendingAccountId!.Value), cancellationToken))
        {
            throw new ValidationException([new ValidationFailure("token", "This link is not valid any more. Ask your coach to invite you again.")]);
        }

        var accepted = pending.Accept(now);
        db.CoachClients.Remove(pending);
        db.CoachClients.Add(accepted);
        db.Outbox.Add(OutboxMessage.From(new ClientLinked(accepted.CoachId, pending.ClientId, accepted.ClientId, now), now));
        await db.SaveChangesAsync(cancellationToken);
        return new AcceptedCoach(accepted.CoachId);
    }
}

using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Subscriptions.Features.ConfirmSubscription;

internal sealed record ConfirmSubscription(string Token) : IRequest<ConfirmedSubscription>;

internal sealed record ConfirmedSubscription(string Email, DigestFrequency Frequency);

internal sealed class ConfirmSubscriptionValidator : AbstractValidator<ConfirmSubscription>
{
    public ConfirmSubscriptionValidator() => RuleFor(r => r.Token).NotEmpty().MaximumLength(100);
}

internal sealed class ConfirmSubscriptionHandler(SubscriptionsDbContext db, TimeProvider clock)
    : IRequestHandler<ConfirmSubscription, ConfirmedSubscription>
{
    public async Task<ConfirmedSubscription> Handle(ConfirmSubscription request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = SubscriptionTokens.Hash(request.Token);
        var subscriber = await db.Subscribers.SingleOrDefaultAsync(s => s.ConfirmTokenHash == hash, cancellationToken);

        // Unknown and expired links get the same answer: subscribing again mails a fresh one.
        if (subscriber is null || !subscriber.CanConfirm(now))
        {
            throw new ValidationException([new ValidationFailure("token",
                "This confirmation link is not valid any more. Subscribe again to receive a new one.")]);
        }

        subscriber.Confirm(now);
        await db.SaveChangesAsync(cancellationToken);
        return new ConfirmedSubscription(subscriber.Email, subscriber.Frequency);
    }
}

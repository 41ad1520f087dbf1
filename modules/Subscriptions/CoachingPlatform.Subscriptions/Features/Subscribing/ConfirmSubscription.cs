using CoachingPlatform.Subscriptions.Contracts;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Subscriptions.Features.Subscribing;

internal sealed class ConfirmSubscriptionValidator : AbstractValidator<ConfirmNewsletter>
{
    public ConfirmSubscriptionValidator() => RuleFor(r => r.Token).NotEmpty().MaximumLength(100);
}

internal sealed class ConfirmSubscriptionHandler(SubscriptionsDbContext db, TimeProvider clock)
    : IRequestHandler<ConfirmNewsletter, ConfirmedNewsletter>
{
    public async Task<ConfirmedNewsletter> Handle(ConfirmNewsletter request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = SubscriptionTokens.Hash(request.Token);
        var subscriber = await db.Subscribers.SingleOrDefaultAsync(s => s.ConfirmTokenHash == hash, cancellationToken);

        // Unknown and expired links get the same answer: subscribing again mails a fresh one.
        if (subscriber is null || subscriber.IsUnsubscribed || !subscriber.CanConfirm(now))
        {
            throw new ValidationException([new ValidationFailure("token",
                "This confirmation link is not valid any more. Subscribe again to receive a new one.")]);
        }

        subscriber.Confirm(now);
        await db.SaveChangesAsync(cancellationToken);
        return new ConfirmedNewsletter(subscriber.Email, DigestFrequencies.NameOf(subscriber.Frequency));
    }
}

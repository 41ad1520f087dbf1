using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Subscriptions.Contracts;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;

namespace CoachingPlatform.Subscriptions.Features.Preferences;

internal sealed class UpdatePreferencesValidator : AbstractValidator<UpdateNewsletterPreferences>
{
    public UpdatePreferencesValidator() =>
        RuleFor(r => r.Frequency).Must(f => DigestFrequencies.TryParse(f, out _)).WithMessage("Choose weekly or daily.");
}

internal sealed class UpdatePreferencesHandler(SubscriptionsDbContext db, ManageLinks links, IMediator mediator)
    : IRequestHandler<UpdateNewsletterPreferences, NewsletterPreferences>
{
    public async Task<NewsletterPreferences> Handle(UpdateNewsletterPreferences request, CancellationToken cancellationToken)
    {
        var subscriber = await SubscriberByLink.FindAsync(db, links, request.Token, cancellationToken);
        if (subscriber.IsUnsubscribed)
        {
            throw new ConflictException("This subscription has ended. Subscribe again from the form to receive the digest.");
        }

        var isClient = await ClientOfAddress.FindAsync(mediator, subscriber.Email, cancellationToken) is not null;
        if (request.ShowNextStep == true && !isClient)
        {
            throw new ValidationException([new ValidationFailure("showNextStep", "Only a client of the practice can see their next step in the digest.")]);
        }

        subscriber.ChangePreferences(DigestFrequencies.Parse(request.Frequency), request.Paused, request.ShowNextStep);
        await db.SaveChangesAsync(cancellationToken);
        return SubscriberByLink.View(subscriber, isClient);
    }
}

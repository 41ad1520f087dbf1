using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Subscriptions.Contracts;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Persistence;
using CoachingPlatform.BuildingBlocks.Validation;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Subscriptions.Features.Subscribing;

internal sealed class SubscribeValidator : AbstractValidator<SubscribeToNewsletter>
{
    public SubscribeValidator()
    {
        RuleFor(r => r.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter your email address.")
            .MaximumLength(Subscriber.EmailMaxLength)
            .Must(EmailRule.IsValid).WithMessage(EmailRule.Message);
        RuleFor(r => r.Frequency).Must(f => DigestFrequencies.TryParse(f, out _))
            .WithMessage("Choose weekly or daily.");
    }
}

internal sealed class SubscribeHandler(SubscriptionsDbContext db, IOptions<AppOptions> app, ManageLinks links, TimeProvider clock)
    : IRequestHandler<SubscribeToNewsletter, Unit>
{
    public async Task<Unit> Handle(SubscribeToNewsletter request, CancellationToken cancellationToken)
    {
        var address = Subscriber.NormalizeEmail(request.Email ?? "");
        var frequency = DigestFrequencies.Parse(request.Frequency ?? "");
        var now = clock.GetUtcNow().UtcDateTime;

        var subscriber = await db.Subscribers.SingleOrDefaultAsync(s => s.Email == address, cancellationToken);
        string token;
        if (subscriber is null)
        {
            (subscriber, token) = Subscriber.Subscribe(address, frequency, now);
            db.Subscribers.Add(subscriber);
        }
        else if (subscriber.IsUnsubscribed)
        {
            token = subscriber.Resubscribe(frequency, now);
        }
        else if (!subscriber.IsConfirmed && now - subscriber.ConfirmationSentAt >= Subscriber.ResendAfter)
        {
            token = subscriber.RenewConfirmation(frequency, now);
        }
        else
        {
            return Unit.Value;
        }

        db.Mail.Add(OutgoingMail.Create($"subscription-confirmation:{Guid.CreateVersion7()}", ConfirmationMail(subscriber, token), now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (db.Entry(subscriber).State == EntityState.Added)
        {
            // Two first requests for one address raced; the one that won queued the mail.
            if (await db.Subscribers.AsNoTracking().AnyAsync(s => s.Email == address, cancellationToken))
            {
                return Unit.Value;
            }

            throw;
        }

        return Unit.Value;
    }

    /// <summary>Like every mail to a subscriber, it carries the preferences link and the one-click unsubscribe headers.</summary>
    private EmailMessage ConfirmationMail(Subscriber subscriber, string token)
    {
        var manage = links.TokenFor(subscriber.Id, subscriber.LinkGeneration);
        var mail = new EmailContent("Confirm your subscription", [
            "Thank you for subscribing to the CoachingPlatform newsletter.",
            $"Please confirm this address to receive the {DigestFrequencies.NameOf(subscriber.Frequency)} digest of new articles and the best conversations under them.",
            $"The link works for {Subscriber.ConfirmationLifetime.TotalDays:0} days. Until you confirm, we send you nothing else.",
        ])
        {
            Action = ("Confirm my subscription", app.Value.Link($"/subscriptions/confirm?token={Uri.EscapeDataString(token)}")),
            Footer = "You receive this mail because this address was entered in the newsletter form. If that was not you, ignore it. "
                + $"Preferences and unsubscribe: {links.PreferencesUrl(manage)}",
        }.To(subscriber.Email, "Confirm your subscription to CoachingPlatform");
        return mail with { Headers = ManageLinks.UnsubscribeHeaders(links.UnsubscribeUrl(manage), links.MailtoUnsubscribe(manage)) };
    }
}

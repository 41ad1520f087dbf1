using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Subscriptions.Contracts;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Subscriptions.Features.Digests;

internal sealed class PreviewDigestValidator : AbstractValidator<PreviewDigest>
{
    public PreviewDigestValidator() =>
        RuleFor(r => r.Frequency).Must(f => DigestFrequencies.TryParse(f, out _)).WithMessage("Choose weekly or daily.");
}

/// <summary>The next edition as a subscriber whose last digest was one period ago would see it, addressed to a sample reader.</summary>
internal sealed class PreviewDigestHandler(SubscriptionsDbContext db, ManageLinks links, IOptions<SubscriptionsOptions> options, IOptions<AppOptions> app, TimeProvider clock)
    : IRequestHandler<PreviewDigest, DigestPreview?>
{
    public async Task<DigestPreview?> Handle(PreviewDigest request, CancellationToken cancellationToken)
    {
        var frequency = DigestFrequencies.Parse(request.Frequency);
        var now = clock.GetUtcNow().UtcDateTime;
        var edition = DigestEdition.At(frequency, now, options.Value.Zone);
        var template = await DigestContent.LoadAsync(db, options.Value, frequency, now - edition.Length, now, app.Value.Link, cancellationToken);
        if (template is null)
        {
            return null;
        }

        // The same body and filling as a run, for a sample reader whose links carry the token "preview".
        const string Reader = "reader@example.com";
        var mail = MailBody.Create(template.Shared(links), now).Fill(Reader, null, DigestTemplate.Fields(Reader, "preview", nextStep: null));
        return new DigestPreview(mail.Subject, mail.Html, mail.Text);
    }
}

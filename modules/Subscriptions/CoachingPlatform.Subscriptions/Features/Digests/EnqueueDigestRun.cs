using CoachingPlatform.Subscriptions.Contracts;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Jobs;
using FluentValidation;
using Hangfire;
using MediatR;

namespace CoachingPlatform.Subscriptions.Features.Digests;

internal sealed class EnqueueDigestRunValidator : AbstractValidator<EnqueueDigestRun>
{
    public EnqueueDigestRunValidator() =>
        RuleFor(r => r.Frequency).Must(f => DigestFrequencies.TryParse(f, out _)).WithMessage("Choose weekly or daily.");
}

internal sealed class EnqueueDigestRunHandler(IBackgroundJobClient jobs) : IRequestHandler<EnqueueDigestRun, string>
{
    public Task<string> Handle(EnqueueDigestRun request, CancellationToken cancellationToken)
    {
        var name = DigestFrequencies.NameOf(DigestFrequencies.Parse(request.Frequency));
        return Task.FromResult(jobs.Enqueue<DigestJob>(job => job.RunAsync(name, CancellationToken.None)));
    }
}

internal sealed class EnqueueCoachDigestRunHandler(IBackgroundJobClient jobs) : IRequestHandler<EnqueueCoachDigestRun, string>
{
    public Task<string> Handle(EnqueueCoachDigestRun request, CancellationToken cancellationToken) =>
        Task.FromResult(jobs.Enqueue<CoachDigestJob>(job => job.RunAsync(CancellationToken.None)));
}

using CoachingPlatform.BuildingBlocks.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.BuildingBlocks.Mediation;

/// <summary>Runs an <see cref="IRetryOnConflict"/> request again, on a cleared change tracker, when its save lost a race.</summary>
public sealed class RetryOnConflictBehaviour<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
{
    private const int MaxAttempts = 5;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IRetryOnConflict)
        {
            return await next();
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await next();
            }
            catch (DbUpdateException ex) when (attempt < MaxAttempts && (ex is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(ex)))
            {
                foreach (var context in ex.Entries.Select(e => e.Context).Distinct())
                {
                    context.ChangeTracker.Clear();
                }
            }
        }
    }
}

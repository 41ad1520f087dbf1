using CoachingPlatform.BuildingBlocks.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.BuildingBlocks.Mediation;

/// <summary>
/// Runs an <see cref="IRetryOnConflict"/> request again, on a cleared change tracker, when its save lost a race.
/// Each retry waits a random while that doubles per attempt: on a server database many writers really run at
/// once, and retrying all together would only make them collide again (SQLite's single writer hid this).
/// </summary>
public sealed class RetryOnConflictBehaviour<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
{
    private const int MaxAttempts = 10;
    private const int FirstDelayMilliseconds = 10;
    private const int MaxDelayMilliseconds = 400;

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
            catch (Exception ex) when (attempt < MaxAttempts && IsLostRace(ex))
            {
                foreach (var context in FailedSave(ex)?.Entries.Select(e => e.Context).Distinct() ?? [])
                {
                    context.ChangeTracker.Clear();
                }

                var ceiling = Math.Min(MaxDelayMilliseconds, FirstDelayMilliseconds << (attempt - 1));
                await Task.Delay(Random.Shared.Next(1, ceiling + 1), cancellationToken);
            }
        }
    }

    /// <summary>The failed save, however deep a transient-failure wrapper put it.</summary>
    private static DbUpdateException? FailedSave(Exception exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is DbUpdateException save)
            {
                return save;
            }
        }

        return null;
    }

    private static bool IsLostRace(Exception exception) =>
        exception is DbUpdateConcurrencyException || (exception is DbUpdateException update && DbErrors.IsUniqueViolation(update)) || DbErrors.IsDeadlock(exception);
}

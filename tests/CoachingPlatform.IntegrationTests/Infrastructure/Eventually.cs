using System.Diagnostics;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// Bounded polling for what arrives in the background (an event's effect): asks again until the answer
/// is the expected one, and fails with the last answer seen once the timeout has passed.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(25);

    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> expected, string description, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var answer = await probe();
            if (expected(answer))
            {
                return answer;
            }

            if (waited.Elapsed > limit)
            {
                var shown = answer is IEnumerable<string> items ? $"[{string.Join("; ", items)}]" : answer?.ToString();
                throw new TimeoutException($"Waited {limit} for {description}; the last answer was {shown}.");
            }

            await Task.Delay(Pause);
        }
    }
}

using Microsoft.Extensions.Time.Testing;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

public static class Clocks
{
    /// <summary>Moves the clock forward (by less than a day) to the next moment it shows <paramref name="utcTime"/>.</summary>
    public static DateTime AdvanceToNext(this FakeTimeProvider clock, TimeOnly utcTime)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var next = now.Date + utcTime.ToTimeSpan();
        if (next <= now)
        {
            next = next.AddDays(1);
        }

        clock.Advance(next - now);
        return next;
    }

    public static DateTime UtcNow(this FakeTimeProvider clock) => clock.GetUtcNow().UtcDateTime;
}

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

    /// <summary>
    /// The real now, in whole microseconds: PostgreSQL keeps times to the microsecond, so a time the app
    /// stored and reads back equals the clock's only when the clock has no finer ticks.
    /// </summary>
    public static DateTimeOffset RealNow()
    {
        var now = TimeProvider.System.GetUtcNow();
        return now.AddTicks(-(now.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
    }
}

namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>The system clock moved by a fixed offset: a host that lives some days ahead, to see what expires.</summary>
public sealed class ShiftedTimeProvider(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}

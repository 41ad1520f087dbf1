using CoachingPlatform.Identity.Sessions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoachingPlatform.UnitTests.Identity;

public sealed class StampCacheTests
{
    private static readonly Guid Account = Guid.CreateVersion7();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_kept_stamp_is_returned_until_its_seconds_have_passed()
    {
        using var cache = CacheOf(seconds: 5);

        cache.Keep(Account, "stamp-1", cache.Generation);
        clock.Advance(TimeSpan.FromSeconds(4.9));
        var early = cache.TryGet(Account, out var stamp);
        clock.Advance(TimeSpan.FromSeconds(0.1));

        Assert.True(early);
        Assert.Equal("stamp-1", stamp);
        Assert.False(cache.TryGet(Account, out _));
    }

    [Fact]
    public void A_forgotten_account_is_read_again()
    {
        using var cache = CacheOf(seconds: 5);
        cache.Keep(Account, "stamp-1", cache.Generation);

        cache.Forget([Account]);

        Assert.False(cache.TryGet(Account, out _));
    }

    [Fact]
    public void A_stamp_read_while_an_account_was_forgotten_is_not_kept()
    {
        using var cache = CacheOf(seconds: 5);
        var before = cache.Generation;

        // A request read the old stamp; meanwhile a sign-out saved a new one and forgot the account.
        cache.Forget([Guid.CreateVersion7()]);
        cache.Keep(Account, "old-stamp", before);

        Assert.False(cache.TryGet(Account, out _));
    }

    [Fact]
    public void With_no_seconds_nothing_is_kept()
    {
        using var cache = CacheOf(seconds: 0);

        cache.Keep(Account, "stamp-1", cache.Generation);

        Assert.False(cache.TryGet(Account, out _));
    }

    private StampCache CacheOf(int seconds) => new(Options.Create(new StampCacheOptions { StampCacheSeconds = seconds }), clock);
}

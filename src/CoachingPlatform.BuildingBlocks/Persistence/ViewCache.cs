using Microsoft.Extensions.Caching.Memory;

namespace CoachingPlatform.BuildingBlocks.Persistence;

/// <summary>
/// Views read from the database, kept in memory for <see cref="Lifetime"/> by the app's clock. A view's key
/// holds the <see cref="ChangeVersion"/>s of the data it was read from, taken before reading: a save on this
/// node moves a version on, so the next read builds the view again; another node's saves show once the copy
/// kept here is older than <see cref="Lifetime"/>. Keys are records private to the module that reads them.
/// </summary>
public sealed class ViewCache(TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private readonly MemoryCache views = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    public async Task<T> GetOrReadAsync<T>(object key, Func<Task<T>> read)
    {
        // The app's clock decides when a view is too old (the memory cache's own expiry only frees memory).
        if (views.TryGetValue(key, out Kept<T>? kept) && kept is not null && clock.GetUtcNow() < kept.Until)
        {
            return kept.View;
        }

        var view = await read();
        views.Set(key, new Kept<T>(view, clock.GetUtcNow() + Lifetime), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        return view;
    }

    public void Dispose() => views.Dispose();

    private sealed record Kept<T>(T View, DateTimeOffset Until);
}

using System.Diagnostics.CodeAnalysis;
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
        if (TryGet<T>(key, out var kept))
        {
            return kept;
        }

        var view = await read();
        Keep(key, view);
        return view;
    }

    /// <summary>For a view computed without the database; a null read is not kept, so it is computed again next time.</summary>
    public T? GetOrRead<T>(object key, Func<T?> read)
        where T : class
    {
        if (TryGet<T>(key, out var kept))
        {
            return kept;
        }

        var view = read();
        if (view is not null)
        {
            Keep(key, view);
        }

        return view;
    }

    private bool TryGet<T>(object key, [MaybeNullWhen(false)] out T view)
    {
        // The app's clock decides when a view is too old (the memory cache's own expiry only frees memory).
        if (views.TryGetValue(key, out Kept<T>? kept) && kept is not null && clock.GetUtcNow() < kept.Until)
        {
            view = kept.View;
            return true;
        }

        view = default;
        return false;
    }

    private void Keep<T>(object key, T view) =>
        views.Set(key, new Kept<T>(view, clock.GetUtcNow() + Lifetime), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });

    public void Dispose() => views.Dispose();

    private sealed record Kept<T>(T View, DateTimeOffset Until);
}

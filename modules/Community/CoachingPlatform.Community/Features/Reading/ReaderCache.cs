using Microsoft.Extensions.Caching.Memory;

namespace CoachingPlatform.Community.Features.Reading;

/// <summary>
/// What readers see (an article page's content, a page of comments) is the same for everyone, so it is
/// read from the database and rendered once, then kept in memory. Any saved change to an article, a
/// comment or a report starts a new generation, and entries of an earlier one are never served again:
/// a publication, an approval, an edit or a hidden comment shows on the next read. The generation is
/// per process; entries also expire after a few seconds, which bounds how long another node can show
/// the page as it was. Only shared content goes in: nothing here depends on who is asking.
/// </summary>
internal sealed class ReaderCache(IMemoryCache cache)
{
    /// <summary>Pages beyond this are read every time, so page numbers cannot fill the memory.</summary>
    public const int MaxCachedPage = 20;

    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private static long generation;

    public static void Invalidate() => Interlocked.Increment(ref generation);

    public async Task<T> GetOrReadAsync<T>(string kind, string slug, int page, int pageSize, Func<Task<T>> read)
    {
        if (page > MaxCachedPage)
        {
            return await read();
        }

        // Taken before reading: a change saved while reading moves the generation on, so what was read
        // is stored under the old one and never served.
        var key = new Key(kind, slug, page, pageSize, Interlocked.Read(ref generation));
        if (cache.TryGetValue(key, out T? hit))
        {
            return hit!;
        }

        var value = await read();
        cache.Set(key, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        return value;
    }

    private sealed record Key(string Kind, string Slug, int Page, int PageSize, long Generation);
}

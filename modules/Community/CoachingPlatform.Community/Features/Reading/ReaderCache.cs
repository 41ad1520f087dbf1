using CoachingPlatform.BuildingBlocks.Web;
using Microsoft.Extensions.Caching.Memory;

namespace CoachingPlatform.Community.Features.Reading;

/// <summary>
/// What readers see (an article page's content, a page of comments) is the same for everyone, so it is
/// read from the database and rendered once, then kept in memory. Any saved change to an article, a
/// comment or a report moves <see cref="PublicContent.Version"/> on, and entries of an earlier version are
/// never served again: a publication, an approval, an edit or a hidden comment shows on the next read.
/// Only shared content goes in: nothing here depends on who is asking. The moderation queue is kept here
/// too: made of the same articles, comments and reports, and the same for every moderator (who may ask is
/// checked before the cache is).
/// </summary>
internal sealed class ReaderCache(IMemoryCache cache)
{
    /// <summary>Pages beyond this are read every time, so page numbers cannot fill the memory.</summary>
    public const int MaxCachedPage = 20;

    public async Task<T> GetOrReadAsync<T>(string kind, string slug, int page, int pageSize, Func<Task<T>> read)
    {
        if (page > MaxCachedPage)
        {
            return await read();
        }

        // Taken before reading: a change saved while reading moves the version on, so what was read is
        // stored under the old one and never served.
        var key = new Key(kind, slug, page, pageSize, PublicContent.Version);
        if (cache.TryGetValue(key, out T? hit))
        {
            return hit!;
        }

        var value = await read();
        cache.Set(key, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = PublicContent.Lifetime, Size = 1 });
        return value;
    }

    private sealed record Key(string Kind, string Slug, int Page, int PageSize, long Version);
}

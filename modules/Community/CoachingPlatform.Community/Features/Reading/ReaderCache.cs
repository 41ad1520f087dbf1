using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.BuildingBlocks.Web;

namespace CoachingPlatform.Community.Features.Reading;

/// <summary>
/// What readers see (an article page's content, a page of comments) is the same for everyone, so it is
/// read from the database and rendered once, then kept (<see cref="ViewCache"/>). Any saved change to an article, a
/// comment or a report moves <see cref="PublicContent.Version"/> on, and entries of an earlier version are
/// never served again: a publication, an approval, an edit or a hidden comment shows on the next read.
/// Only shared content goes in: nothing here depends on who is asking. The moderation queue is kept here
/// too: made of the same articles, comments and reports, and the same for every moderator (who may ask is
/// checked before the cache is).
/// </summary>
internal sealed class ReaderCache(ViewCache cache)
{
    /// <summary>Pages beyond this are read every time, so page numbers cannot fill the memory.</summary>
    public const int MaxCachedPage = 20;

    // The version is taken before reading: a change saved while reading moves it on, so what was read is
    // kept under the old one and never served.
    public Task<T> GetOrReadAsync<T>(string kind, string slug, int page, int pageSize, Func<Task<T>> read) =>
        page > MaxCachedPage ? read() : cache.GetOrReadAsync(new Key(kind, slug, page, pageSize, PublicContent.Version), read);

    private sealed record Key(string Kind, string Slug, int Page, int PageSize, long Version);
}

using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.Clients.Domain;
using Microsoft.Extensions.Caching.Memory;

namespace CoachingPlatform.Clients.Features.ListClients;

/// <summary>Moved on by every save of a coach's relationships.</summary>
internal sealed class ClientsVersion : ChangeVersion
{
    public static bool Counts(object entity) => entity is CoachClient;
}

/// <summary>
/// A coach's client list is read from two modules in five queries, so a page is kept in memory for
/// <see cref="Lifetime"/>, by the app's clock, under the versions of both modules' data taken before it was
/// read (<see cref="ClientsVersion"/>, and the progress version the Programs module answers). A save on this
/// node of anything the list shows moves a version on, so it shows on the next read; what another node
/// saves, and a gratitude streak turning at a client's midnight, show once the page kept here is older than
/// <see cref="Lifetime"/>.
/// </summary>
internal sealed class ClientListCache(ClientsVersion clients, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private readonly MemoryCache pages = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    public async Task<IReadOnlyList<ClientView>> GetOrReadAsync(ListClients request, long progressVersion, Func<Task<IReadOnlyList<ClientView>>> read)
    {
        var key = new Key(request.CoachId, request.Page, request.PageSize, clients.Current, progressVersion);

        // The app's clock decides when a page is too old (the memory cache's own expiry only frees memory).
        if (pages.TryGetValue(key, out Entry? kept) && kept is not null && clock.GetUtcNow() < kept.Until)
        {
            return kept.Page;
        }

        var page = await read();
        pages.Set(key, new Entry(page, clock.GetUtcNow() + Lifetime), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        return page;
    }

    public void Dispose() => pages.Dispose();

    private sealed record Key(Guid CoachId, int Page, int PageSize, long Clients, long Progress);

    private sealed record Entry(IReadOnlyList<ClientView> Page, DateTimeOffset Until);
}

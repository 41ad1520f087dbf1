using CoachingPlatform.BuildingBlocks.Persistence;

namespace CoachingPlatform.BuildingBlocks.Web;

/// <summary>
/// The version of what anonymous readers see: articles and their conversations. The module that owns them
/// moves it on with every saved change, once the change is visible (<see cref="ChangeVersionInterceptor"/>);
/// what is cached for readers (data and whole pages) is kept under the version it was made from, so nothing
/// made before a change is served after it. Per process: another node learns of a change only when its own
/// entries expire, which is why those live for a few seconds only.
/// </summary>
public static class PublicContent
{
    /// <summary>How long a cached page or piece of shared content may be served on a node that did not make the change.</summary>
    public static readonly TimeSpan Lifetime = ViewCache.Lifetime;

    public static ChangeVersion Changes { get; } = new();

    public static long Version => Changes.Current;
}

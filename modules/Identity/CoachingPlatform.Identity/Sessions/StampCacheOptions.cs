namespace CoachingPlatform.Identity.Sessions;

internal sealed class StampCacheOptions
{
    public const string Section = "Sessions";

    /// <summary>
    /// How long a node trusts the security stamp it last read for an account. A change made on the same node
    /// takes effect at once; one made on another node (several nodes over a server database) within this
    /// many seconds. 0 reads the stamp on every signed-in request.
    /// </summary>
    public int StampCacheSeconds { get; set; } = 5;
}

namespace CoachingPlatform.BuildingBlocks.Web;

/// <summary>Names of the rate-limiting policies the host defines and public writes use.</summary>
public static class RateLimits
{
    public const string PublicWrite = "public-write";
}

namespace CoachingPlatform.BuildingBlocks.Web;

/// <summary>Names of the rate-limiting policies the host defines and public writes use.</summary>
public static class RateLimits
{
    public const string PublicWrite = "public-write";

    /// <summary>
    /// Posting and reporting comments, per client address: one budget for posting and one for reporting,
    /// shared by the API and the article page's forms. Reading the page is never limited.
    /// </summary>
    public const string CommunityWrite = "community-write";

    /// <summary>For a public page with forms: its posts share the public-write budget, reading it is never limited.</summary>
    public const string PublicForm = "public-form";
}

namespace CoachingPlatform.BuildingBlocks.Seeding;

/// <summary>Demo users and content; on in Development, off elsewhere unless configured.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    public bool Demo { get; set; }

    public string DemoPassword { get; set; } = "Trust-2026!";

    public const string AdminEmail = "admin@example.com";
    public const string CoachEmail = "coach@example.com";
    public const string ClientEmail = "client@example.com";
}

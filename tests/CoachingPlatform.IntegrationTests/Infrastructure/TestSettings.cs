namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>The configuration every test host runs with: everything it writes stays in one temporary folder.</summary>
public static class TestSettings
{
    public static Dictionary<string, string?> For(string folder, Uri baseUrl, string smtpHost, int smtpPort) => new()
    {
        ["ConnectionStrings:Coaching"] = $"Data Source={Path.Combine(folder, "coaching.db")}",
        ["Database:Provider"] = "Sqlite",
        ["Hangfire:Storage"] = "InMemory",
        ["Hangfire:SqlitePath"] = Path.Combine(folder, "hangfire.db"),

        // Tests run a job's request themselves; a scheduled run in the middle of a test would mail on its own.
        ["Hangfire:Server"] = "false",
        ["Email:Delivery"] = "Smtp",
        ["Email:Smtp:Host"] = smtpHost,
        ["Email:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:PickupDirectory"] = Path.Combine(folder, "mail"),
        ["App:BaseUrl"] = baseUrl.ToString().TrimEnd('/'),
        ["RateLimiting:PublicWritesPerMinute"] = "100000",
        ["RateLimiting:CommunityWritesPerMinute"] = "100000",

        // Every test posts from the same address within one frozen minute; flood tests lower it on their own host.
        ["Community:FloodLimit"] = "10000",
        ["Seed:Demo"] = "true",
        ["Seed:DemoPassword"] = DemoUser.Password,
        ["DataProtection:KeysPath"] = Path.Combine(folder, "keys"),
        ["Backup:Directory"] = Path.Combine(folder, "backups"),
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
    };
}

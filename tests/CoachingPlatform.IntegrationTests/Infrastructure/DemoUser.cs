using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.BuildingBlocks.Seeding;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>The accounts demo seeding creates, with the page each lands on after signing in.</summary>
public sealed record DemoUser(string Email, string Role, string Home)
{
    public const string Password = "Trust-2026!";

    public static readonly DemoUser Admin = new(SeedOptions.AdminEmail, Roles.Admin, "/admin");
    public static readonly DemoUser Coach = new(SeedOptions.CoachEmail, Roles.Coach, "/coach");
    public static readonly DemoUser Client = new(SeedOptions.ClientEmail, Roles.Client, "/client");

    public static IReadOnlyList<DemoUser> All { get; } = [Admin, Coach, Client];

    /// <summary>For theories: <c>[MemberData(nameof(DemoUser.RoleNames), MemberType = typeof(DemoUser))]</c>.</summary>
    public static TheoryData<string> RoleNames { get; } = new(All.Select(u => u.Role));

    public static DemoUser InRole(string role) =>
        All.SingleOrDefault(u => u.Role == role) ?? throw new ArgumentException($"No demo user has the role {role}.", nameof(role));
}

namespace CoachingPlatform.BuildingBlocks.Security;

/// <summary>The three roles; each is also the name of the authorization policy that requires it.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Coach = "Coach";
    public const string Client = "Client";

    public static readonly IReadOnlyList<string> All = [Admin, Coach, Client];
}

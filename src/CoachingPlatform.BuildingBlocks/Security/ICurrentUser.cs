namespace CoachingPlatform.BuildingBlocks.Security;

/// <summary>Who is calling. Endpoints read it and pass the id into requests; handlers never read HTTP.</summary>
public interface ICurrentUser
{
    bool IsSignedIn { get; }

    /// <summary>The caller's account id; throws when nobody is signed in (endpoints require authorization first).</summary>
    Guid Id { get; }

    bool IsInRole(string role);
}

using CoachingPlatform.BuildingBlocks.Validation;
using Microsoft.AspNetCore.Identity;

namespace CoachingPlatform.Identity.Domain;

internal sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    public static AppUser Create(string email, string displayName) => new()
    {
        Id = Guid.CreateVersion7(),
        UserName = email,
        Email = email,
        DisplayName = PlainText.Name(displayName),
        SecurityStamp = Guid.NewGuid().ToString(),
    };
}

using CoachingPlatform.BuildingBlocks.Modules;
using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.BuildingBlocks.Seeding;
using CoachingPlatform.Identity.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Identity.Seeding;

/// <summary>Creates the three roles always, and the demo accounts when demo seeding is on. Running it again changes nothing.</summary>
internal sealed class IdentitySeeder(RoleManager<IdentityRole<Guid>> roles, UserManager<AppUser> users, IOptions<SeedOptions> seed)
    : IModuleInitializer
{
    public int Order => InitializerOrder.SeedIdentity;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
            }
        }

        if (!seed.Value.Demo)
        {
            return;
        }

        await EnsureUserAsync(SeedOptions.AdminEmail, "Alex Admin", Roles.Admin);
        await EnsureUserAsync(SeedOptions.CoachEmail, "Morgan Reyes", Roles.Coach);
        await EnsureUserAsync(SeedOptions.ClientEmail, "Sam Taylor", Roles.Client);
    }

    private async Task EnsureUserAsync(string email, string displayName, string role)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var user = AppUser.Create(email, displayName);
        user.EmailConfirmed = true;

        // Demo accounts only (never in production): their documented password is shorter than the policy asks.
        user.PasswordHash = users.PasswordHasher.HashPassword(user, seed.Value.DemoPassword);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {email} failed: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(user, role);
    }
}

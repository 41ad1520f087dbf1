using CoachingPlatform.BuildingBlocks.Modules;
using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.BuildingBlocks.Seeding;
using CoachingPlatform.Identity.Domain;
using CoachingPlatform.Identity.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Identity.Seeding;

/// <summary>
/// The bench coaches and clients (<see cref="ScaleSeed"/>), signed in with the demo password. The password
/// is hashed once and the hash shared: hashing it two thousand times would take minutes and prove nothing.
/// </summary>
internal sealed class ScaleSeeder(IdentityDbContext db, UserManager<AppUser> users, IConfiguration configuration, IOptions<SeedOptions> seed)
    : IModuleInitializer
{
    public int Order => InitializerOrder.SeedScale;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>(ScaleSeed.Key) || await db.Users.AnyAsync(u => u.Id == ScaleSeed.CoachId(0), cancellationToken))
        {
            return;
        }

        var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        var hash = users.PasswordHasher.HashPassword(AppUser.Create(SeedOptions.CoachEmail, "Bench"), seed.Value.DemoPassword);
        for (var i = 0; i < ScaleSeed.Coaches; i++)
        {
            Add(ScaleSeed.CoachId(i), ScaleSeed.CoachEmail(i), $"Bench Coach {i}", roles[Roles.Coach], hash);
        }

        for (var i = 0; i < ScaleSeed.Clients; i++)
        {
            Add(ScaleSeed.ClientId(i), ScaleSeed.ClientEmail(i), $"Bench Client {i}", roles[Roles.Client], hash);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void Add(Guid id, string email, string name, Guid roleId, string passwordHash)
    {
        var user = AppUser.Create(email, name);
        user.Id = id;
        user.NormalizedEmail = users.NormalizeEmail(email);
        user.NormalizedUserName = users.NormalizeName(email);
        user.EmailConfirmed = true;
        user.PasswordHash = passwordHash;
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = id, RoleId = roleId });
    }
}

using CoachingPlatform.BuildingBlocks.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Web.Composition;

internal static class Welcome
{
    /// <summary>Tells whoever started the app where it listens and, with demo data, how to sign in.</summary>
    public static void PrintWelcomeOnStart(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var seed = app.Services.GetRequiredService<IOptions<SeedOptions>>().Value;
            Console.WriteLine();
            Console.WriteLine($"CoachingPlatform is running at {string.Join(", ", addresses)}");
            if (seed.Demo)
            {
                Console.WriteLine($"Demo sign-ins (password {seed.DemoPassword}):");
                Console.WriteLine($"  admin  {SeedOptions.AdminEmail}");
                Console.WriteLine($"  coach  {SeedOptions.CoachEmail}");
                Console.WriteLine($"  client {SeedOptions.ClientEmail}");
            }

            Console.WriteLine("Mails are written to the pickup folder (Email:PickupDirectory) unless Email:Delivery is Smtp.");
            Console.WriteLine();
        });
}

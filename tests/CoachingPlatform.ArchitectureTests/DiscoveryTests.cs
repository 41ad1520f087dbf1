namespace CoachingPlatform.ArchitectureTests;

public sealed class DiscoveryTests
{
    [Fact]
    public void The_modules_and_their_contracts_are_found_from_the_host()
    {
        var modules = PlatformAssemblies.Modules.Select(PlatformAssemblies.NameOf);
        var contracts = PlatformAssemblies.Contracts.Select(PlatformAssemblies.NameOf);

        Assert.Contains("CoachingPlatform.Identity", modules);
        Assert.Contains("CoachingPlatform.Identity.Contracts", contracts);
        Assert.DoesNotContain("CoachingPlatform.BuildingBlocks", modules);
        Assert.DoesNotContain("CoachingPlatform.Web", modules);
    }
}

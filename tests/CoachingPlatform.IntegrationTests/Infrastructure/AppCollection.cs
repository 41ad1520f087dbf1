namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>Every integration test class joins this collection: one app host per run, tests one after another.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}

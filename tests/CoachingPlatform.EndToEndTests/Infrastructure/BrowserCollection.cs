namespace CoachingPlatform.EndToEndTests.Infrastructure;

/// <summary>Every journey test class joins this collection: one app and one browser per run.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// The base of an integration test class: each test starts from a freshly seeded database and an empty
/// inbox. Derived classes carry <c>[Collection(AppCollection.Name)]</c>.
/// </summary>
public abstract class IntegrationTest(AppFixture app) : IAsyncLifetime
{
    protected AppFixture App { get; } = app;

    public Task InitializeAsync() => App.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}

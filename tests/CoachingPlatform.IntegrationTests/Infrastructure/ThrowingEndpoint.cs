using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// Adds, in the test host only, a path that fails with an unexpected exception. It sits at the end of the
/// app's pipeline, so the app's own exception handling is what answers.
/// </summary>
public sealed class ThrowingEndpoint : IStartupFilter
{
    public const string Path = "/test-only/throw";

    /// <summary>Words that must never reach a client: they stand in for internals an exception may carry.</summary>
    public const string Secret = "Server=db-internal;Password=hunter2";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Map(Path, branch => branch.Run(_ => throw new InvalidOperationException($"Cannot reach {Secret}")));
    };
}

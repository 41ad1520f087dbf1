using CoachingPlatform.BuildingBlocks.Web;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Web.Composition;

/// <summary>
/// Every log entry of this process carries <c>App:NodeName</c> as a scope (<c>NodeName</c>), so the logs of
/// several nodes can be merged and still told apart. A scope opened here, before the host starts, reaches
/// the background work (delivery loops, Hangfire workers), which inherits it; requests do not inherit it
/// (Kestrel starts them without the starting code's context), so the first middleware opens it for each.
/// Console logs show scopes with <c>Logging:Console:IncludeScopes=true</c>; the JSON formatter as a field.
/// </summary>
internal static class NodeLogScope
{
    private const string Format = "Node {NodeName}";

    public static WebApplication UseNodeLogScope(this WebApplication app)
    {
        var node = app.Services.GetRequiredService<IOptions<AppOptions>>().Value.NodeName;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(NodeLogScope));

        // Never disposed: it lasts as long as the process.
        logger.BeginScope(Format, node);
        app.Use(async (context, next) =>
        {
            using (logger.BeginScope(Format, node))
            {
                await next(context);
            }
        });
        return app;
    }
}

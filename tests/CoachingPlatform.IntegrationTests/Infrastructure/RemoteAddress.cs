using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// Lets a test speak from a chosen network address (the in-memory server has none): a request carrying
/// <see cref="Header"/> is seen by the app as coming from that address. Test hosts only.
/// </summary>
public sealed class RemoteAddress : IStartupFilter
{
    public const string Header = "X-Test-Remote-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}

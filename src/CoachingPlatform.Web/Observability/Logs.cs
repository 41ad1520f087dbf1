using Microsoft.Extensions.Logging.Console;

namespace CoachingPlatform.Web.Observability;

internal static class Logs
{
    private const string RequestLines = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>JSON lines (with trace id and node) outside Development; the readable console format in it.</summary>
    public static WebApplicationBuilder AddPlatformLogging(this WebApplicationBuilder builder)
    {
        // The hosting's request lines ("Request starting GET /invitation?token=...") print the query string, which
        // carries the tokens of mailed links. Added after the configuration's rules, this one wins over them:
        // raising the log level never brings them back. Traces keep each request, with its query redacted.
        builder.Logging.AddFilter(RequestLines, LogLevel.Warning);
        if (builder.Environment.IsDevelopment())
        {
            return builder;
        }

        builder.Logging.AddConsole(options => options.FormatterName = JsonLogFormatter.FormatterName)
            .AddConsoleFormatter<JsonLogFormatter, ConsoleFormatterOptions>();
        return builder;
    }
}

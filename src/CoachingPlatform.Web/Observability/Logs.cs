using Microsoft.Extensions.Logging.Console;

namespace CoachingPlatform.Web.Observability;

internal static class Logs
{
    /// <summary>JSON lines (with trace id and node) outside Development; the readable console format in it.</summary>
    public static WebApplicationBuilder AddPlatformLogging(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment())
        {
            return builder;
        }

        builder.Logging.AddConsole(options => options.FormatterName = JsonLogFormatter.FormatterName)
            .AddConsoleFormatter<JsonLogFormatter, ConsoleFormatterOptions>();
        return builder;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CoachingPlatform.BuildingBlocks.Web;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Web.Observability;

/// <summary>
/// One JSON object per log line: time, level, category, message, the message's named values, this node's
/// name (<c>App:NodeName</c>) and the trace and span ids of the activity the line was written in, so a line
/// is found from a trace and a trace from a line.
/// </summary>
internal sealed class JsonLogFormatter(IOptions<AppOptions> app, TimeProvider clock) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "coaching-json";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("time", clock.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            json.WriteString("level", logEntry.LogLevel.ToString());
            json.WriteString("category", logEntry.Category);
            json.WriteNumber("eventId", logEntry.EventId.Id);
            json.WriteString("message", message);
            json.WriteString("node", app.Value.NodeName);
            if (Activity.Current is { } activity)
            {
                json.WriteString("traceId", activity.TraceId.ToHexString());
                json.WriteString("spanId", activity.SpanId.ToHexString());
            }

            if (logEntry.State is IReadOnlyList<KeyValuePair<string, object?>> values && values.Count > 1)
            {
                json.WriteStartObject("values");
                foreach (var (key, value) in values.Where(v => v.Key != "{OriginalFormat}"))
                {
                    json.WriteString(key, Convert.ToString(value, CultureInfo.InvariantCulture));
                }

                json.WriteEndObject();
            }

            if (logEntry.Exception is { } exception)
            {
                json.WriteString("exception", exception.ToString());
            }

            json.WriteEndObject();
        }

        textWriter.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}

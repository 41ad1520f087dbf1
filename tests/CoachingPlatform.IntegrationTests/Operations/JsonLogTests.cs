using System.Diagnostics;
using System.Text.Json;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Web.Observability;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.IntegrationTests.Operations;

/// <summary>The production log format: one JSON object a line, with the node and the trace it was written in.</summary>
public sealed class JsonLogTests
{
    [Fact]
    public void A_log_line_is_json_with_the_message_its_values_the_node_and_the_trace()
    {
        using var source = new ActivitySource(nameof(JsonLogTests));
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == nameof(JsonLogTests),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        var formatter = new JsonLogFormatter(Options.Create(new AppOptions { NodeName = "node-7" }), TimeProvider.System);
        var mailId = Guid.CreateVersion7();
        List<KeyValuePair<string, object?>> state = [new("MailId", mailId), new("{OriginalFormat}", "Sent mail {MailId}")];
        using var writer = new StringWriter();

        using (var activity = source.StartActivity("work"))
        {
            formatter.Write(new LogEntry<List<KeyValuePair<string, object?>>>(LogLevel.Warning, "Mail", new EventId(7), state, null, (_, _) => $"Sent mail {mailId}"), null, writer);

            var line = JsonDocument.Parse(writer.ToString()).RootElement;
            Assert.Equal("Warning", line.GetProperty("level").GetString());
            Assert.Equal($"Sent mail {mailId}", line.GetProperty("message").GetString());
            Assert.Equal(mailId.ToString(), line.GetProperty("values").GetProperty("MailId").GetString());
            Assert.Equal("node-7", line.GetProperty("node").GetString());
            Assert.Equal(activity!.TraceId.ToHexString(), line.GetProperty("traceId").GetString());
            Assert.Equal(activity.SpanId.ToHexString(), line.GetProperty("spanId").GetString());
        }

        Assert.Single(writer.ToString().Trim().Split('\n'));
    }
}

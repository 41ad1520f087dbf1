using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CoachingPlatform.BuildingBlocks.Observability;

/// <summary>
/// The platform's own traces and counters. Work that leaves the request (an outbox row, an inbox row, a
/// queued mail) stores the W3C <c>traceparent</c> of the activity that wrote it, and the worker that picks it
/// up starts its activity as that one's child: one trace runs from a request to the mail it caused.
/// </summary>
public static class PlatformTelemetry
{
    public const string Name = "CoachingPlatform";

    /// <summary>Longest W3C traceparent: version, trace id, span id, flags.</summary>
    public const int TraceParentMaxLength = 55;

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> MailsSent = Meter.CreateCounter<long>("coaching.mail.sent", "{mail}", "Mails the mail server accepted.");

    public static readonly Counter<long> MailsFailed = Meter.CreateCounter<long>("coaching.mail.failed", "{mail}", "Mail attempts that failed (retried later, or dead).");

    public static readonly Counter<long> DigestMailsQueued = Meter.CreateCounter<long>("coaching.digest.mails", "{mail}", "Digest mails queued by digest runs.");

    /// <summary>The traceparent of the current activity, to be stored with work done later; null outside a trace.</summary>
    public static string? CurrentTraceParent() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C, Id: { Length: <= TraceParentMaxLength } id } ? id : null;

    /// <summary>Starts an activity whose parent is the stored <paramref name="traceParent"/> (a new trace without one).</summary>
    public static Activity? StartFrom(string name, string? traceParent, ActivityKind kind = ActivityKind.Internal) =>
        traceParent is not null && ActivityContext.TryParse(traceParent, null, out var parent)
            ? Source.StartActivity(name, kind, parent)
            : Source.StartActivity(name, kind, default(ActivityContext));
}

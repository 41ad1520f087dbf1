using System.Diagnostics;
using CoachingPlatform.BuildingBlocks.Observability;
using Hangfire.Client;
using Hangfire.Server;

namespace CoachingPlatform.Web.Observability;

/// <summary>
/// Every Hangfire job runs in an activity of its own; a job enqueued inside a trace (an admin's "run now")
/// carries that trace's traceparent as a job parameter and continues it when it runs.
/// </summary>
internal sealed class JobTelemetryFilter : IClientFilter, IServerFilter
{
    private const string Parameter = "traceparent";
    private const string ActivityItem = "telemetry.activity";

    public void OnCreating(CreatingContext context)
    {
        if (PlatformTelemetry.CurrentTraceParent() is { } traceParent)
        {
            context.SetJobParameter(Parameter, traceParent);
        }
    }

    public void OnCreated(CreatedContext context)
    {
    }

    public void OnPerforming(PerformingContext context)
    {
        var job = context.BackgroundJob.Job;
        var activity = PlatformTelemetry.StartFrom($"job {job.Type.Name}.{job.Method.Name}", context.GetJobParameter<string?>(Parameter), ActivityKind.Internal);
        activity?.SetTag("job.id", context.BackgroundJob.Id);
        context.Items[ActivityItem] = activity;
    }

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.TryGetValue(ActivityItem, out var item) && item is Activity activity)
        {
            if (context.Exception is { } failure)
            {
                activity.SetStatus(ActivityStatusCode.Error, failure.GetType().Name);
            }

            activity.Dispose();
        }
    }
}

using System.Diagnostics;
using CoachingPlatform.IntegrationTests.Delivery;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Programs;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenTelemetry.Trace;

namespace CoachingPlatform.IntegrationTests.Operations;

/// <summary>
/// One trace from the client's request to the coach's mail, across the outbox, the transport, the inbox and
/// the mail queue, each of which stores the traceparent and continues it.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class TracingTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task One_trace_runs_from_the_last_step_completion_to_the_coach_s_mail()
    {
        var exported = new LockedList<Activity>();
        await using var isolated = new IsolatedHost();
        await using var mailServer = await isolated.StartMailServerAsync();
        var host = isolated.Start(App, services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(exported)));
        using var sam = await host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .WithBearerTokenOfAsync(DemoUser.Client.Email, DemoUser.Password);
        var assignment = await sam.MyAssignmentAsync(ProgramsApi.RebuildingTrust);
        var last = assignment.Steps.MaxBy(s => s.Order)!;

        await sam.CompleteRemainingStepsAsync(assignment);
        await mailServer.Inbox.WaitForAsync(m => m.IsTo(DemoUser.Coach.Email) && m.Subject.EndsWith("completed a program", StringComparison.Ordinal), "the coach's mail");

        var request = exported.Snapshot().Single(a => a.Kind == ActivityKind.Server
            && (a.GetTagItem("url.path") as string)?.EndsWith($"/steps/{last.Id}/completion", StringComparison.Ordinal) == true);
        var trace = await Eventually.UntilAsync(
            () => Task.FromResult(exported.Snapshot().Where(a => a.TraceId == request.TraceId).Select(a => a.DisplayName).ToList()),
            names => names.Contains("mail send"),
            "the mail send to be exported in the request's trace");
        Assert.Contains("outbox publish", trace);
        Assert.Contains("inbox consume ProgramCompletedConsumer", trace);
        Assert.Contains("mail send", trace);
        Assert.Contains(exported.Snapshot(), a => a.TraceId == request.TraceId && a.Source.Name == "OpenTelemetry.Instrumentation.EntityFrameworkCore");
    }
}

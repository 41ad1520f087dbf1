using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Programs;

/// <summary>The Programs API as coaches and clients read it, and the calls tests make to arrange a case.</summary>
public static class ProgramsApi
{
    public const string RebuildingTrust = "Rebuilding Trust After a Breakup or Betrayal";
    public const string TrustInYourself = "Rebuilding Trust in Yourself";

    public sealed record Created(Guid Id);

    public sealed record ProgramItem(Guid Id, string Title, string Summary, int StepCount, bool BuiltIn);

    public sealed record ProgramDetail(Guid Id, string Title, string Summary, bool BuiltIn, bool Editable, IReadOnlyList<Step> Steps);

    public sealed record Step(Guid Id, int Order, string Title, string WhyItMatters, string HowTo, string? Tip, IReadOnlyList<string> Checklist, IReadOnlyList<string> Prompts);

    public sealed record AssignmentSummary(Guid Id, Guid ProgramId, string ProgramTitle, int CompletedSteps, int TotalSteps, int Percent, int? PaceDays, DateTime? CompletedAt);

    public sealed record AssignmentDetail(Guid Id, string ProgramTitle, int Percent, DateTime? CompletedAt, IReadOnlyList<CoachStep> Steps);

    public sealed record CoachStep(Guid Id, int Order, string Title, string Status, DateTime UnlocksAt, DateTime? CompletedAt, string? SharedReflection);

    public sealed record SharedReflection(Guid StepId, string StepTitle, string Reflection);

    public sealed record MyAssignment(Guid Id, string ProgramTitle, int Percent, int? PaceDays, DateTime? CompletedAt, IReadOnlyList<MyStepSummary> Steps);

    public sealed record MyStepSummary(Guid Id, int Order, string Title, string Status, DateTime UnlocksAt);

    public sealed record MyStep(
        Guid AssignmentId, string ProgramTitle, int Percent, int TotalSteps, Step Step, string Status, DateTime UnlocksAt,
        MyCompletion? Completion, Guid? PreviousStepId, Guid? NextStepId);

    public sealed record MyCompletion(DateTime CompletedAt, string? Reflection, IReadOnlyList<string> CheckedItems, bool SharedWithCoach, Guid Version);

    public sealed record Completed(int Percent, string Status, bool ProgramCompleted, DateTime? CompletedAt);

    public sealed record TimelineItem(string Kind, string Text, DateTime At, Guid? AssignmentId);

    public sealed record Raised(Guid Id, string SupportLine);

    public sealed record SupportRequest(Guid Id, Guid AssignmentId, string? StepTitle, string? Message, DateTime RequestedAt, DateTime? ResolvedAt);

    /// <summary>A step as a coach writes it, with every field filled.</summary>
    public static object NewStep(string title) => new
    {
        title,
        whyItMatters = $"Why {title} matters.",
        howTo = $"How to go about {title}.",
        tip = "One small thing at a time.",
        checklist = new[] { "Name it", "Write it down" },
        prompts = new[] { "What do I notice?" },
    };

    public static async Task<IReadOnlyList<ProgramItem>> ProgramsAsync(this HttpClient coach)
    {
        using var response = await coach.GetAsync("/api/programs");
        return await response.ReadJsonAsync<List<ProgramItem>>();
    }

    public static async Task<ProgramDetail> ProgramAsync(this HttpClient coach, Guid programId)
    {
        using var response = await coach.GetAsync($"/api/programs/{programId}");
        return await response.ReadJsonAsync<ProgramDetail>();
    }

    public static async Task<Guid> ProgramIdAsync(this HttpClient coach, string title) =>
        (await coach.ProgramsAsync()).Single(p => p.Title == title).Id;

    public static async Task<Guid> CreateProgramAsync(this HttpClient coach, string title, int steps)
    {
        using var response = await coach.PostAsJsonAsync("/api/programs", new
        {
            title,
            summary = $"{title}, written for one client.",
            steps = Enumerable.Range(1, steps).Select(i => NewStep($"Step {i}")).ToArray(),
        });
        return (await response.ReadJsonAsync<Created>()).Id;
    }

    public static async Task<Guid> AssignAsync(this HttpClient coach, Guid clientId, Guid programId, int? paceDays = null)
    {
        using var response = await coach.PostAsJsonAsync($"/api/clients/{clientId}/assignments", new { programId, paceDays });
        return (await response.ReadJsonAsync<Created>()).Id;
    }

    public static async Task<IReadOnlyList<MyAssignment>> MyAssignmentsAsync(this HttpClient client)
    {
        using var response = await client.GetAsync("/api/me/assignments");
        return await response.ReadJsonAsync<List<MyAssignment>>();
    }

    public static async Task<MyAssignment> MyAssignmentAsync(this HttpClient client, string programTitle) =>
        (await client.MyAssignmentsAsync()).Single(a => a.ProgramTitle == programTitle);

    public static async Task<MyStep> MyStepAsync(this HttpClient client, Guid assignmentId, Guid stepId)
    {
        using var response = await client.GetAsync($"/api/me/assignments/{assignmentId}/steps/{stepId}");
        return await response.ReadJsonAsync<MyStep>();
    }

    public static Task<HttpResponseMessage> CompleteAsync(this HttpClient client, Guid assignmentId, Guid stepId, object? answer = null) =>
        client.PostAsJsonAsync($"/api/me/assignments/{assignmentId}/steps/{stepId}/completion", answer ?? new { });

    public static async Task<IReadOnlyList<TimelineItem>> TimelineAsync(this HttpClient client, string path = "/api/me/timeline")
    {
        using var response = await client.GetAsync(path);
        return await response.ReadJsonAsync<List<TimelineItem>>();
    }

    public static async Task<Raised> RaiseSupportAsync(this HttpClient client, object request)
    {
        using var response = await client.PostAsJsonAsync("/api/me/support-requests", request);
        return await response.ReadJsonAsync<Raised>();
    }

    /// <summary>Completes a step for the arrangement of a test, which fails if the app refuses.</summary>
    public static async Task<Completed> CompleteStepAsync(this HttpClient client, Guid assignmentId, Guid stepId, object? answer = null)
    {
        using var response = await client.CompleteAsync(assignmentId, stepId, answer);
        return await response.ReadJsonAsync<Completed>();
    }

    /// <summary>Completes every step still open, in order; the answer of the last one is returned.</summary>
    public static async Task<Completed> CompleteRemainingStepsAsync(this HttpClient client, MyAssignment assignment)
    {
        Completed? last = null;
        foreach (var step in assignment.Steps.Where(s => s.Status != "completed").OrderBy(s => s.Order))
        {
            last = await client.CompleteStepAsync(assignment.Id, step.Id);
        }

        return last ?? throw new InvalidOperationException($"Every step of '{assignment.ProgramTitle}' was already completed.");
    }
}

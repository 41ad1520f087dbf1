using CoachingPlatform.BuildingBlocks.Persistence;

namespace CoachingPlatform.Programs.Domain;

/// <summary>A completed step, with the client's reflection. Reflections are private unless shared with the coach.</summary>
internal sealed class StepCompletion : IVersioned
{
    private StepCompletion()
    {
    }

    public Guid Id { get; private set; }

    public Guid AssignmentId { get; private set; }

    public Guid StepId { get; private set; }

    public int StepOrder { get; private set; }

    public string StepTitle { get; private set; } = "";

    public DateTime CompletedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public string? Reflection { get; private set; }

    public List<string> CheckedItems { get; private set; } = [];

    public bool SharedWithCoach { get; private set; }

    public Guid Version { get; set; }

    public static StepCompletion Create(Guid assignmentId, ProgramStep step, StepAnswer answer, DateTime now)
    {
        var completion = new StepCompletion
        {
            Id = Guid.CreateVersion7(),
            AssignmentId = assignmentId,
            StepId = step.Id,
            StepOrder = step.Order,
            StepTitle = step.Title,
            CompletedAt = now,
        };
        completion.Apply(answer, now);
        return completion;
    }

    /// <summary>Completing again keeps the completion and only takes what the client sent this time.</summary>
    public void Apply(StepAnswer answer, DateTime now)
    {
        if (answer.Reflection is not null)
        {
            Reflection = string.IsNullOrWhiteSpace(answer.Reflection) ? null : answer.Reflection.Trim();
        }

        if (answer.CheckedItems is not null)
        {
            CheckedItems = answer.CheckedItems.Distinct().ToList();
        }

        if (answer.ShareWithCoach is not null)
        {
            SharedWithCoach = answer.ShareWithCoach.Value;
        }

        UpdatedAt = now;
    }
}

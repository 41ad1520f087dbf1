using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Persistence;

namespace CoachingPlatform.Programs.Domain;

/// <summary>
/// A program assigned to a client by their coach. Optionally paced: step N unlocks (N-1) × PaceDays
/// days after assignment. Completing a step twice is harmless; the last step completes the program.
/// </summary>
internal sealed class Assignment : IVersioned
{
    private readonly List<StepCompletion> completions = [];

    private Assignment()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProgramId { get; private set; }

    public Guid ClientId { get; private set; }

    public Guid CoachId { get; private set; }

    public string ProgramTitle { get; private set; } = "";

    public int TotalSteps { get; private set; }

    public int? PaceDays { get; private set; }

    public DateTime AssignedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public DateTime LastActivityAt { get; private set; }

    public Guid Version { get; set; }

    public IReadOnlyList<StepCompletion> Completions => completions;

    public int Percent => TotalSteps == 0 ? 0 : completions.Count * 100 / TotalSteps;

    internal static Assignment Create(TrustProgram program, Guid clientId, Guid coachId, int? paceDays, DateTime now)
    {
        if (paceDays is < 1 or > 90)
        {
            throw new ArgumentOutOfRangeException(nameof(paceDays), "Pace must be between 1 and 90 days.");
        }

        return new Assignment
        {
            Id = Guid.CreateVersion7(),
            ProgramId = program.Id,
            ClientId = clientId,
            CoachId = coachId,
            ProgramTitle = program.Title,
            TotalSteps = program.Steps.Count,
            PaceDays = paceDays,
            AssignedAt = now,
            LastActivityAt = now,
        };
    }

    public DateTime UnlocksAt(int order) => UnlocksAt(AssignedAt, PaceDays, order);

    /// <summary>The pacing rule on its own, for reads that project an assignment's columns instead of loading it.</summary>
    public static DateTime UnlocksAt(DateTime assignedAt, int? paceDays, int order) =>
        paceDays is { } days ? assignedAt.AddDays((order - 1) * days) : assignedAt;

    public StepCompletion? CompletionOf(Guid stepId) => completions.FirstOrDefault(c => c.StepId == stepId);

    public StepStatus StatusOf(ProgramStep step, DateTime now) => StatusOf(CompletionOf(step.Id) is not null, UnlocksAt(step.Order), now);

    /// <summary>A step's status from whether it was completed and when it unlocks.</summary>
    public static StepStatus StatusOf(bool completed, DateTime unlocksAt, DateTime now) =>
        completed ? StepStatus.Completed
        : now < unlocksAt ? StepStatus.Locked
        : StepStatus.Available;

    public CompletionOutcome Complete(ProgramStep step, StepAnswer answer, DateTime now)
    {
        if (step.ProgramId != ProgramId)
        {
            throw new NotFoundException("step", step.Id);
        }

        if (CompletionOf(step.Id) is { } existing)
        {
            existing.Apply(answer, now);
            return new CompletionOutcome(existing, NewlyCompleted: false, ProgramCompleted: false);
        }

        if (StatusOf(step, now) == StepStatus.Locked)
        {
            throw new ConflictException($"This step unlocks on {UnlocksAt(step.Order):yyyy-MM-dd}.");
        }

        var completion = StepCompletion.Create(Id, step, answer, now);
        completions.Add(completion);
        LastActivityAt = now;
        var finished = completions.Count == TotalSteps && CompletedAt is null;
        if (finished)
        {
            CompletedAt = now;
        }

        return new CompletionOutcome(completion, NewlyCompleted: true, ProgramCompleted: finished);
    }

    /// <summary>The coach assigned this before the client accepted them; it now belongs to the client's account.</summary>
    public void MoveTo(Guid clientId) => ClientId = clientId;
}

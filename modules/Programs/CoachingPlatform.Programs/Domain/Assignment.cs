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

    public DateTime UnlocksAt(int order) => PaceDays is { } days ? AssignedAt.AddDays((order - 1) * days) : AssignedAt;

    public StepCompletion? CompletionOf(Guid stepId) => completions.FirstOrDefault(c => c.StepId == stepId);

    public StepStatus StatusOf(ProgramStep step, DateTime now) =>
        CompletionOf(step.Id) is not null ? StepStatus.Completed
        : now < UnlocksAt(step.Order) ? StepStatus.Locked
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
}

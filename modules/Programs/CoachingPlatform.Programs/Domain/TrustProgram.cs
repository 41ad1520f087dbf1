using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Persistence;

namespace CoachingPlatform.Programs.Domain;

/// <summary>
/// A trust-step program: the built-in templates (read-only, no owner) and the programs coaches author
/// or copy from them. A program already assigned to a client keeps its steps: copy it to change them.
/// </summary>
internal sealed class TrustProgram : IVersioned
{
    private readonly List<ProgramStep> steps = [];

    private TrustProgram()
    {
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    public string Summary { get; private set; } = "";

    /// <summary>Null for a built-in template.</summary>
    public Guid? OwnerCoachId { get; private set; }

    /// <summary>Stable key of a built-in template, so seeding finds it again.</summary>
    public string? BuiltInKey { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>
    /// Set by the first assignment. Setting it renews the version, so a revision racing the first
    /// assignment conflicts with it instead of changing steps a client was just given.
    /// </summary>
    public DateTime? FirstAssignedAt { get; private set; }

    public Guid Version { get; set; }

    public IReadOnlyList<ProgramStep> Steps => steps;

    public bool IsBuiltIn => OwnerCoachId is null;

    public static TrustProgram BuiltIn(string key, string title, string summary, IReadOnlyList<StepContent> content, DateTime now)
    {
        var program = New(title, summary, null, content, now);
        program.BuiltInKey = key;
        return program;
    }

    public static TrustProgram Author(Guid coachId, string title, string summary, IReadOnlyList<StepContent> content, DateTime now) =>
        New(title, summary, coachId, content, now);

    public bool IsVisibleTo(Guid coachId) => OwnerCoachId is null || OwnerCoachId == coachId;

    public TrustProgram CopyFor(Guid coachId, string? title, DateTime now) =>
        New(string.IsNullOrWhiteSpace(title) ? $"{Title} (my version)" : title, Summary, coachId,
            steps.OrderBy(s => s.Order).Select(s => s.Content).ToList(), now);

    public void Revise(Guid coachId, string title, string summary, IReadOnlyList<StepContent> content, bool isAssigned, DateTime now)
    {
        if (IsBuiltIn)
        {
            throw new ConflictException("Built-in programs are read-only. Copy it to adapt it.");
        }

        if (OwnerCoachId != coachId)
        {
            throw new NotFoundException("program", Id);
        }

        if (isAssigned)
        {
            throw new ConflictException("This program is assigned to a client, so its steps are fixed. Copy it to make a new version.");
        }

        Title = title.Trim();
        Summary = summary.Trim();
        steps.Clear();
        AddSteps(content);
        UpdatedAt = now;
    }

    public Assignment AssignTo(Guid clientId, Guid coachId, int? paceDays, DateTime now)
    {
        if (!IsVisibleTo(coachId))
        {
            throw new NotFoundException("program", Id);
        }

        FirstAssignedAt ??= now;
        return Assignment.Create(this, clientId, coachId, paceDays, now);
    }

    private static TrustProgram New(string title, string summary, Guid? owner, IReadOnlyList<StepContent> content, DateTime now)
    {
        if (content.Count == 0)
        {
            throw new ArgumentException("A program needs at least one step.", nameof(content));
        }

        var program = new TrustProgram
        {
            Id = Guid.CreateVersion7(),
            Title = title.Trim(),
            Summary = summary.Trim(),
            OwnerCoachId = owner,
            CreatedAt = now,
            UpdatedAt = now,
        };
        program.AddSteps(content);
        return program;
    }

    private void AddSteps(IReadOnlyList<StepContent> content)
    {
        for (var i = 0; i < content.Count; i++)
        {
            steps.Add(ProgramStep.Create(Id, i + 1, content[i]));
        }
    }
}

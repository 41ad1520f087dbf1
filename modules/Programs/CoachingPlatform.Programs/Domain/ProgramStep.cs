namespace CoachingPlatform.Programs.Domain;

internal sealed class ProgramStep
{
    private ProgramStep()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProgramId { get; private set; }

    public int Order { get; private set; }

    public string Title { get; private set; } = "";

    public string WhyItMatters { get; private set; } = "";

    public string HowTo { get; private set; } = "";

    public string? Tip { get; private set; }

    public List<string> Checklist { get; private set; } = [];

    public List<string> Prompts { get; private set; } = [];

    /// <summary>A milestone: completing this step invites the client to retake the Wheel of Life.</summary>
    public bool RetakeWheel { get; private set; }

    public static ProgramStep Create(Guid programId, int order, StepContent content) => new()
    {
        Id = Guid.CreateVersion7(),
        ProgramId = programId,
        Order = order,
        Title = content.Title.Trim(),
        WhyItMatters = content.WhyItMatters.Trim(),
        HowTo = content.HowTo.Trim(),
        Tip = string.IsNullOrWhiteSpace(content.Tip) ? null : content.Tip.Trim(),
        Checklist = Clean(content.Checklist),
        Prompts = Clean(content.Prompts),
        RetakeWheel = content.RetakeWheel,
    };

    public StepContent Content => new(Title, WhyItMatters, HowTo, Tip, Checklist, Prompts) { RetakeWheel = RetakeWheel };

    /// <summary>Built-in programs seeded before milestones existed get them on the next start.</summary>
    public void MarkRetakeWheel(bool retake) => RetakeWheel = retake;

    private static List<string> Clean(IEnumerable<string> items) =>
        items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).ToList();
}

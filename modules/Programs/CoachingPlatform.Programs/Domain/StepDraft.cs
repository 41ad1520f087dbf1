namespace CoachingPlatform.Programs.Domain;

/// <summary>
/// What the client has written or ticked on a step but not yet completed or saved as the answer: kept so a
/// reload or a closed tab loses nothing. Private to the client, like an unshared reflection.
/// </summary>
internal sealed class StepDraft
{
    private StepDraft()
    {
    }

    public Guid AssignmentId { get; private set; }

    public Guid StepId { get; private set; }

    public Guid ClientId { get; private set; }

    public string? Reflection { get; private set; }

    public List<string>? CheckedItems { get; private set; }

    public DateTime SavedAt { get; private set; }

    public static StepDraft Start(Assignment assignment, Guid stepId, DateTime now) => new()
    {
        AssignmentId = assignment.Id,
        StepId = stepId,
        ClientId = assignment.ClientId,
        SavedAt = now,
    };

    /// <summary>Takes what was sent; null leaves that part of the draft as it was.</summary>
    public void Save(string? reflection, IReadOnlyList<string>? checkedItems, DateTime now)
    {
        if (reflection is not null)
        {
            Reflection = reflection;
        }

        if (checkedItems is not null)
        {
            CheckedItems = checkedItems.Distinct().ToList();
        }

        SavedAt = now;
    }
}

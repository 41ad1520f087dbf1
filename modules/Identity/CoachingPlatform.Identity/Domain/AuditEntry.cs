namespace CoachingPlatform.Identity.Domain;

/// <summary>One change a coach or an admin made: who, in which role, what, on which record, when, and how it ended.</summary>
internal sealed class AuditEntry
{
    public const int ActionMaxLength = 300;

    public const int TargetMaxLength = 500;

    private AuditEntry()
    {
    }

    public Guid Id { get; private set; }

    public Guid ActorId { get; private set; }

    public string ActorRole { get; private set; } = "";

    public string Action { get; private set; } = "";

    public string? Target { get; private set; }

    public int Status { get; private set; }

    public DateTime At { get; private set; }

    public static AuditEntry Record(Guid actorId, string actorRole, string action, string? target, int status, DateTime at) => new()
    {
        Id = Guid.CreateVersion7(),
        ActorId = actorId,
        ActorRole = actorRole,
        Action = Cut(action, ActionMaxLength),
        Target = target is null ? null : Cut(target, TargetMaxLength),
        Status = status,
        At = at,
    };

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}

namespace CoachingPlatform.Clients.Domain;

/// <summary>
/// A person a coach works with. The client's id is their account id, so the same person can be the
/// client of more than one coach, each relationship on its own.
/// </summary>
internal sealed class CoachClient
{
    private CoachClient()
    {
    }

    public Guid CoachId { get; private set; }

    public Guid ClientId { get; private set; }

    public string Email { get; private set; } = "";

    public string NormalizedEmail { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    public DateTime InvitedAt { get; private set; }

    public DateTime? ActivatedAt { get; private set; }

    public ClientStatus Status => ActivatedAt is null ? ClientStatus.Invited : ClientStatus.Active;

    public static CoachClient Invite(Guid coachId, Guid clientId, string email, string displayName, DateTime now, bool alreadyActive) => new()
    {
        CoachId = coachId,
        ClientId = clientId,
        Email = email.Trim(),
        NormalizedEmail = Normalize(email),
        DisplayName = displayName.Trim(),
        InvitedAt = now,
        ActivatedAt = alreadyActive ? now : null,
    };

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();

    /// <summary>The client set their password; the first activation counts.</summary>
    public void Activate(DateTime at) => ActivatedAt ??= at;
}

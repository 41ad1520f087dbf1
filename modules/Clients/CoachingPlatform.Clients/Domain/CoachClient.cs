using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.BuildingBlocks.Validation;

namespace CoachingPlatform.Clients.Domain;

/// <summary>
/// A person a coach works with. The client's id is their account id, so the same person can be the
/// client of more than one coach, each relationship on its own. When the invited address already has an
/// account, the relationship waits for its owner's consent under a stand-in id: until they accept, the coach
/// learns nothing about the account, not even its id.
/// </summary>
internal sealed class CoachClient
{
    public static readonly TimeSpan ConsentLifetime = TimeSpan.FromDays(14);

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

    /// <summary>What the client records from this moment on belongs to this relationship; what came before does not.</summary>
    public DateTime SharedSince { get; private set; }

    /// <summary>The existing account asked to accept this coach; never shown to the coach.</summary>
    public Guid? PendingAccountId { get; private set; }

    public string? ConsentTokenHash { get; private set; }

    public DateTime? ConsentExpiresAt { get; private set; }

    public ClientStatus Status => StatusOf(PendingAccountId is not null, ActivatedAt);

    /// <summary>What the coach is told: a relationship waiting for consent looks like any other invitation.</summary>
    public string StatusForCoach => ForCoach(Status);

    public static ClientStatus StatusOf(bool awaitingConsent, DateTime? activatedAt) =>
        awaitingConsent ? ClientStatus.AwaitingConsent : activatedAt is null ? ClientStatus.Invited : ClientStatus.Active;

    public static string ForCoach(ClientStatus status) => status == ClientStatus.Active ? "active" : "invited";

    public static CoachClient Invite(Guid coachId, Guid clientId, string email, string displayName, DateTime now, bool alreadyActive) => new()
    {
        CoachId = coachId,
        ClientId = clientId,
        Email = email.Trim(),
        NormalizedEmail = Normalize(email),
        DisplayName = PlainText.Name(displayName),
        InvitedAt = now,
        ActivatedAt = alreadyActive ? now : null,
        SharedSince = now,
    };

    /// <summary>Asks the owner of an existing account to accept the coach; the token goes into the mailed link.</summary>
    public static (CoachClient Relationship, string Token) RequestConsent(Guid coachId, Guid accountId, string email, string displayName, DateTime now)
    {
        var (token, hash) = SecretTokens.New();
        var relationship = Invite(coachId, Guid.CreateVersion7(now), email, displayName, now, alreadyActive: false);
        relationship.PendingAccountId = accountId;
        relationship.ConsentTokenHash = hash;
        relationship.ConsentExpiresAt = now + ConsentLifetime;
        return (relationship, token);
    }

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();

    public bool CanBeAccepted(DateTime now) => PendingAccountId is not null && ConsentExpiresAt > now;

    /// <summary>
    /// The owner accepted: the relationship now points at their account and shares what they record from
    /// now on. The key changes, so the accepted relationship is a new row that replaces this one.
    /// </summary>
    public CoachClient Accept(DateTime now)
    {
        if (!CanBeAccepted(now))
        {
            throw new InvalidOperationException("This request can no longer be accepted.");
        }

        return new CoachClient
        {
            CoachId = CoachId,
            ClientId = PendingAccountId!.Value,
            Email = Email,
            NormalizedEmail = NormalizedEmail,
            DisplayName = DisplayName,
            InvitedAt = InvitedAt,
            ActivatedAt = now,
            SharedSince = now,
        };
    }

    /// <summary>The client set their password; the first activation counts.</summary>
    public void Activate(DateTime at) => ActivatedAt ??= at;
}

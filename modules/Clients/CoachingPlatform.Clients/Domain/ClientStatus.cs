namespace CoachingPlatform.Clients.Domain;

internal enum ClientStatus
{
    /// <summary>A new account was created; the person has not set a password yet.</summary>
    Invited,

    /// <summary>The address already had an account; its owner was asked to accept this coach and has not yet.</summary>
    AwaitingConsent,

    Active,
}

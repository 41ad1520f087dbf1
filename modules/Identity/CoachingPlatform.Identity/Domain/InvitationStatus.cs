namespace CoachingPlatform.Identity.Domain;

internal enum InvitationStatus
{
    Valid,
    Used,
    Expired,
    Revoked,
}

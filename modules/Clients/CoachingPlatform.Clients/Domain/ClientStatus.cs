namespace CoachingPlatform.Clients.Domain;

internal enum ClientStatus
{
    Invited,
    Active,
}

using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.Clients.Domain;

namespace CoachingPlatform.Clients.Features.ListClients;

/// <summary>Moved on by every save of a coach's relationships.</summary>
internal sealed class ClientsVersion : ChangeVersion
{
    public static bool Counts(object entity) => entity is CoachClient;
}

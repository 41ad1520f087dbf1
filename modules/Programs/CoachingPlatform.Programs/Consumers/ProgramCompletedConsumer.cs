using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.Programs.Contracts;
using CoachingPlatform.Programs.Persistence;

namespace CoachingPlatform.Programs.Consumers;

/// <summary>Tells the coach their client finished a program; the inbox keeps it to one mail per event.</summary>
internal sealed class ProgramCompletedConsumer(ProgramsDbContext db, CoachNotifications notifications, TimeProvider clock)
    : InboxConsumer<ProgramCompleted>(db, clock)
{
    protected override Task HandleAsync(ProgramCompleted message, CancellationToken cancellationToken) =>
        notifications.SendAsync(message.CoachId, message.ClientId, "{client} completed a program", client =>
        [
            $"{client} has completed every step of \"{message.ProgramTitle}\".",
            "A good moment to celebrate this milestone together.",
        ], cancellationToken);
}

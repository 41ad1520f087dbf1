using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.Programs.Contracts;
using CoachingPlatform.Programs.Persistence;

namespace CoachingPlatform.Programs.Consumers;

/// <summary>Mails the coach as soon as a client asks for more support.</summary>
internal sealed class SupportRequestedConsumer(ProgramsDbContext db, CoachNotifications notifications, TimeProvider clock)
    : InboxConsumer<SupportRequested>(db, clock)
{
    protected override Task HandleAsync(SupportRequested message, CancellationToken cancellationToken) =>
        notifications.SendAsync(message.CoachId, message.ClientId, "{client} asked for more support", client =>
        [
            message.StepTitle is null ? $"{client} asked you for more support." : $"{client} asked you for more support while working on \"{message.StepTitle}\".",
            message.Message is null ? "They did not leave a message." : $"Their message: {message.Message}",
            "The request stays flagged on your dashboard until you mark it handled.",
        ], cancellationToken);
}

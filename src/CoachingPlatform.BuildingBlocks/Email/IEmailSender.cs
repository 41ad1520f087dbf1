namespace CoachingPlatform.BuildingBlocks.Email;

public interface IEmailSender
{
    /// <summary>Sends a batch, over one connection where the transport has connections.</summary>
    Task SendAsync(IReadOnlyCollection<EmailMessage> messages, CancellationToken cancellationToken = default);
}

public static class EmailSenderExtensions
{
    public static Task SendAsync(this IEmailSender sender, EmailMessage message, CancellationToken cancellationToken = default) =>
        sender.SendAsync([message], cancellationToken);
}

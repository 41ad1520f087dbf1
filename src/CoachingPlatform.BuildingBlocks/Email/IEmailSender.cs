namespace CoachingPlatform.BuildingBlocks.Email;

/// <summary>Opens a connection to the mail transport; a connection sends many mails, one at a time.</summary>
public interface IEmailSender
{
    Task<IMailConnection> OpenAsync(CancellationToken cancellationToken = default);
}

public interface IMailConnection : IAsyncDisposable
{
    /// <summary>
    /// Sends one mail. Throws <see cref="MailRejectedException"/> when the server refuses this mail (the
    /// connection stays usable); any other exception means the connection itself failed.
    /// </summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

/// <summary>The server refused one mail: for good (5xx, e.g. an unknown recipient) or for now (4xx).</summary>
public sealed class MailRejectedException(string message, bool permanent, Exception inner) : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;
}

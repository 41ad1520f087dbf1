using Microsoft.Extensions.Options;

namespace CoachingPlatform.BuildingBlocks.Email;

/// <summary>Writes each mail as an .eml file: the embedded default, readable with any mail client.</summary>
internal sealed class PickupDirectoryEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(IReadOnlyCollection<EmailMessage> messages, CancellationToken cancellationToken = default)
    {
        var directory = Directory.CreateDirectory(options.Value.PickupDirectory).FullName;
        foreach (var message in messages)
        {
            var mime = MimeMessages.From(message, options.Value);
            var path = Path.Combine(directory, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.CreateVersion7():N}.eml");
            await mime.WriteToAsync(path, cancellationToken);
        }
    }
}

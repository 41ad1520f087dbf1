using Microsoft.Extensions.Options;

namespace CoachingPlatform.BuildingBlocks.Email;

/// <summary>Writes each mail as an .eml file: the embedded default, readable with any mail client.</summary>
internal sealed class PickupDirectoryEmailSender(IOptions<EmailOptions> options, TimeProvider clock) : IEmailSender
{
    public Task<IMailConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IMailConnection>(new Folder(options.Value, Directory.CreateDirectory(options.Value.PickupDirectory).FullName, clock));

    private sealed class Folder(EmailOptions options, string directory, TimeProvider clock) : IMailConnection
    {
        public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
        {
            var mime = MimeMessages.From(message, options);
            var path = Path.Combine(directory, $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.CreateVersion7():N}.eml");
            await mime.WriteToAsync(path, cancellationToken);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

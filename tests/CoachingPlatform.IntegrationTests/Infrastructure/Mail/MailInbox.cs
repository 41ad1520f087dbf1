using System.Buffers;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace CoachingPlatform.IntegrationTests.Infrastructure.Mail;

/// <summary>Keeps every mail the test SMTP server accepts and lets a test await the one it expects.</summary>
public sealed class MailInbox : MessageStore
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private readonly Lock gate = new();
    private readonly List<ReceivedMail> mails = [];
    private readonly List<Waiter> waiters = [];

    public IReadOnlyList<ReceivedMail> All
    {
        get
        {
            lock (gate)
            {
                return [.. mails];
            }
        }
    }

    public IReadOnlyList<ReceivedMail> To(string address) => All.Where(m => m.IsTo(address)).ToList();

    public override async Task<SmtpResponse> SaveAsync(
        ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(buffer.ToArray());
        var message = await MimeMessage.LoadAsync(stream, cancellationToken);
        Add(new ReceivedMail(transaction.To.Select(m => $"{m.User}@{m.Host}").ToList(), message));
        return SmtpResponse.Ok;
    }

    /// <summary>The first mail to <paramref name="address"/>, received already or arriving within the timeout.</summary>
    public Task<ReceivedMail> WaitForAsync(string address, TimeSpan? timeout = null) =>
        WaitForAsync(m => m.IsTo(address), $"a mail to {address}", timeout);

    public async Task<ReceivedMail> WaitForAsync(Func<ReceivedMail, bool> match, string description, TimeSpan? timeout = null)
    {
        var waiter = new Waiter(match);
        lock (gate)
        {
            if (mails.FirstOrDefault(match) is { } received)
            {
                return received;
            }

            waiters.Add(waiter);
        }

        try
        {
            return await waiter.Arrived.Task.WaitAsync(timeout ?? DefaultTimeout);
        }
        catch (TimeoutException)
        {
            var seen = string.Join("; ", All.Select(m => $"'{m.Subject}' to {string.Join(",", m.Recipients)}"));
            throw new TimeoutException($"Waited {timeout ?? DefaultTimeout} for {description}; received: [{seen}].");
        }
        finally
        {
            lock (gate)
            {
                waiters.Remove(waiter);
            }
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            mails.Clear();
        }
    }

    private void Add(ReceivedMail mail)
    {
        List<Waiter> matched;
        lock (gate)
        {
            mails.Add(mail);
            matched = waiters.Where(w => w.Match(mail)).ToList();
        }

        foreach (var waiter in matched)
        {
            waiter.Arrived.TrySetResult(mail);
        }
    }

    private sealed record Waiter(Func<ReceivedMail, bool> Match)
    {
        public TaskCompletionSource<ReceivedMail> Arrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

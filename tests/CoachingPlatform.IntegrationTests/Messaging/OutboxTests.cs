using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Infrastructure.Mail;
using CoachingPlatform.Programs.Consumers;
using CoachingPlatform.Programs.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoachingPlatform.IntegrationTests.Programs.ProgramsApi;

namespace CoachingPlatform.IntegrationTests.Messaging;

/// <summary>
/// The outbox's promises, shown with ProgramCompleted, whose consumer mails the coach: an event committed
/// with its change is published even if the process dies before publishing it, and a second delivery of
/// the same message has no second effect.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class OutboxTests(AppFixture app) : IntegrationTest(app)
{
    private const string CompletedSubject = "Sam Taylor completed a program";

    [Fact]
    public async Task An_event_committed_just_before_a_crash_is_delivered_after_the_restart()
    {
        using var database = new SeparateDatabase();
        Completed finished;
        OutboxMessage written;
        IReadOnlyList<ReceivedMail> mailedBeforeTheCrash;
        await using (var crashing = App.CreateFactory(database.Settings(("Messaging:DispatchInBackground", "false"))))
        {
            using var sam = await crashing.CreateClient().WithBearerTokenOfAsync(DemoUser.Client.Email, DemoUser.Password);
            finished = await sam.CompleteRemainingStepsAsync(await sam.MyAssignmentAsync(RebuildingTrust));
            written = await ProgramCompletedAsync(crashing.Services);
            mailedBeforeTheCrash = CompletedMails();
        }

        await using var restarted = App.CreateFactory(database.Settings());
        restarted.StartServer();
        var mail = await App.Mail.WaitForAsync(m => m.IsTo(DemoUser.Coach.Email) && m.Subject == CompletedSubject, "the coach's mail after the restart");
        await new OutboxProbe(restarted.Services).WaitUntilHandledAsync();

        Assert.True(finished.ProgramCompleted);
        Assert.Null(written.ProcessedAt);
        Assert.Empty(mailedBeforeTheCrash);
        Assert.Contains(RebuildingTrust, mail.Text, StringComparison.Ordinal);
        Assert.Single(CompletedMails());
        Assert.NotNull((await ProgramCompletedAsync(restarted.Services)).ProcessedAt);
    }

    [Fact]
    public async Task A_redelivered_event_has_no_second_effect()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        await sam.CompleteRemainingStepsAsync(await sam.MyAssignmentAsync(RebuildingTrust));
        await App.Outbox.WaitUntilHandledAsync();
        var written = await ProgramCompletedAsync(App.Services);
        var mailedOnce = CompletedMails();

        using (var arrivals = BrokerArrivals.Watch(App.Services, written))
        {
            await App.Services.GetRequiredService<IEventTransport>().DeliverAsync(written, CancellationToken.None);
            await arrivals.WaitAsync();
        }

        await App.Outbox.WaitUntilHandledAsync();

        Assert.Single(mailedOnce);
        Assert.Single(CompletedMails());
        Assert.Equal(1, await InboxRowsAsync(written.Id));
    }

    [Fact]
    public async Task A_dispatch_setting_that_is_not_true_or_false_stops_the_start()
    {
        await using var misconfigured = App.CreateFactory(new Dictionary<string, string?> { ["Messaging:DispatchInBackground"] = "sometimes" });

        var failure = Record.Exception(misconfigured.StartServer);

        Assert.NotNull(failure);
        Assert.Contains("Messaging:DispatchInBackground", Describe(failure), StringComparison.Ordinal);
    }

    private IReadOnlyList<ReceivedMail> CompletedMails() =>
        App.Mail.To(DemoUser.Coach.Email).Where(m => m.Subject == CompletedSubject).ToList();

    private static async Task<OutboxMessage> ProgramCompletedAsync(IServiceProvider host)
    {
        await using var scope = host.CreateAsyncScope();
        var messages = new List<OutboxMessage>();
        foreach (var store in scope.ServiceProvider.GetServices<IMessageStore>())
        {
            messages.AddRange(await store.Outbox.AsNoTracking().ToListAsync());
        }

        return Assert.Single(messages, m => m.Type.StartsWith(typeof(ProgramCompleted).FullName + ",", StringComparison.Ordinal));
    }

    private async Task<int> InboxRowsAsync(Guid messageId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var consumer = typeof(ProgramCompletedConsumer).FullName;
        var rows = 0;
        foreach (var store in scope.ServiceProvider.GetServices<IMessageStore>())
        {
            rows += await store.Inbox.CountAsync(m => m.MessageId == messageId && m.Consumer == consumer);
        }

        return rows;
    }

    private static string Describe(Exception exception) =>
        exception.InnerException is null ? exception.Message : $"{exception.Message} {Describe(exception.InnerException)}";
}

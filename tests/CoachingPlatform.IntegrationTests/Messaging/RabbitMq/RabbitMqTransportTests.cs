using System.Net.Http.Json;
using System.Text;
using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.IntegrationTests.Delivery;
using CoachingPlatform.IntegrationTests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace CoachingPlatform.IntegrationTests.Messaging.RabbitMq;

/// <summary>
/// The delivery promises with <c>Messaging:Transport=RabbitMq</c> over SQLite: events cross a real broker
/// (a virtual host per test) into each consumer's inbox, once; an unreachable broker loses nothing; a host
/// stopped while its bus is still starting leaves no consumer behind; queues MassTransit left faulted are
/// restarted once the broker answers; what cannot be stored ends as a dead letter an admin sees.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RabbitMqTransportTests(AppFixture app) : IntegrationTest(app)
{
    private const string SupportQueue = "programs.consumers.support-requested-consumer";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Events_of_two_nodes_cross_the_broker_into_the_inbox_and_are_each_handled_once()
    {
        await using var broker = await TestBroker.CreateAsync();
        await using var isolated = new IsolatedHost();
        await using var server = await isolated.StartMailServerAsync();
        var first = isolated.Start(App, configure: null, Over(broker));
        var second = isolated.Start(App, configure: null, Over(broker));
        using var onFirst = await first.CreateClient().WithBearerTokenOfAsync(DemoUser.Client.Email, DemoUser.Password);
        using var onSecond = await second.CreateClient().WithBearerTokenOfAsync(DemoUser.Client.Email, DemoUser.Password);
        await ConsumersAsync(broker, 2);

        var raised = await Task.WhenAll(SupportRequests.RaiseAsync(onFirst, 50, "first"), SupportRequests.RaiseAsync(onSecond, 50, "second"));
        await Eventually.UntilAsync(() => Task.FromResult(server.Inbox.All.Count), count => count >= 100, "100 mails", Patience);
        await Eventually.UntilAsync(() => new OutboxProbe(first.Services).PendingAsync(), pending => pending.Count == 0, "nothing pending", Patience);

        var texts = server.Inbox.All.Select(m => m.Text).ToList();
        var inbox = await SupportInboxAsync(first.Services);
        var queue = await broker.QueueAsync(SupportQueue);
        Assert.All(raised.SelectMany(r => r), message => Assert.Single(texts, t => t.Contains(message, StringComparison.Ordinal)));
        Assert.Equal(100, texts.Count);
        Assert.Equal(100, inbox.Count(m => m.ProcessedAt != null));
        Assert.Equal((0u, 2u), queue);
    }

    [Fact]
    public async Task Events_raised_while_the_broker_is_unreachable_arrive_once_when_it_is_back()
    {
        await using var broker = await TestBroker.CreateAsync();
        await using var gate = new TcpGate(TestBroker.Port);
        await using var isolated = new IsolatedHost();
        await using var server = await isolated.StartMailServerAsync();
        // Only the test runs the workers, as it moves the clock past each backoff: no lease of a busy worker expires under it.
        var host = isolated.Start(App, configure: null, [
            .. Over(broker, gate.Port), ("Messaging:DispatchInBackground", "false"), ("Messaging:RabbitMq:PublishTimeoutSeconds", "1")]);
        using var sam = await host.CreateClient().WithBearerTokenOfAsync(DemoUser.Client.Email, DemoUser.Password);
        await ConsumersAsync(broker, 1);
        var readyBefore = await ReadinessAsync(host.CreateClient());

        gate.Close();
        await ConsumersAsync(broker, 0);
        var readyWhileDown = await Eventually.UntilAsync(() => ReadinessAsync(host.CreateClient()), r => r.StartsWith("Unhealthy", StringComparison.Ordinal), "readiness to fail", Patience);
        var messages = await SupportRequests.RaiseAsync(sam, 5);
        await host.Services.GetRequiredService<OutboxDispatcher>().DrainAsync();
        var failed = await FailedPublishesAsync(host.Services);
        var mailsWhileDown = server.Inbox.All.Count;
        gate.Open();
        await ConsumersAsync(broker, 1);
        await DeliverAsync(host.Services, () => server.Inbox.All.Count >= 5);
        var readyAfter = await Eventually.UntilAsync(() => ReadinessAsync(host.CreateClient()), r => r.StartsWith("Healthy", StringComparison.Ordinal), "readiness to recover", Patience);

        Assert.Equal("Healthy/Healthy", readyBefore);
        Assert.Equal("Unhealthy/Unhealthy", readyWhileDown);
        Assert.Contains("broker", Assert.Single(failed), StringComparison.Ordinal);
        Assert.Equal(0, mailsWhileDown);
        Assert.All(messages, message => Assert.Single(server.Inbox.All, m => m.Text.Contains(message, StringComparison.Ordinal)));
        Assert.Equal(5, server.Inbox.All.Count);
        Assert.Equal("Healthy/Healthy", readyAfter);
    }

    [Fact]
    public async Task Queues_left_faulted_by_a_refused_reconnect_are_consumed_again_once_the_broker_answers()
    {
        await using var broker = await TestBroker.CreateAsync();
        await using var gate = new TcpGate(TestBroker.Port);
        var (user, url) = await broker.AddUserAsync("right", gate.Port);
        await using var isolated = new IsolatedHost();
        var host = isolated.Start(App, configure: null, [
            ("Messaging:Transport", "RabbitMq"), ("Messaging:RabbitMq:Url", url), ("Messaging:RabbitMq:EndpointRestartSeconds", "2")]);
        using var sam = await host.CreateClient().WithBearerTokenOfAsync(DemoUser.Client.Email, DemoUser.Password);
        await ConsumersAsync(broker, 1);

        // The connection drops and the broker refuses the node's credentials when it reconnects: MassTransit
        // does not retry a refused login, so its endpoints stay faulted after the credentials are right again.
        await broker.SetPasswordAsync(user, "changed");
        gate.Close();
        await ConsumersAsync(broker, 0);
        gate.Open();
        var faulted = await Eventually.UntilAsync(
            () => Task.FromResult(SupportEndpointHealth(host.Services)), h => h.Status == BusHealthStatus.Unhealthy, "the support endpoint to fault", Patience);
        var readinessWhileRefused = await ReadinessAsync(host.CreateClient());
        await broker.SetPasswordAsync(user, "right");
        await ConsumersAsync(broker, 1);
        var raised = await SupportRequests.RaiseAsync(sam, 1);
        var stored = await Eventually.UntilAsync(() => SupportInboxAsync(host.Services), rows => rows.Count == 1, "the event in the inbox", Patience);

        Assert.StartsWith("Unhealthy", readinessWhileRefused, StringComparison.Ordinal);
        Assert.Contains("faulted", faulted.Description, StringComparison.Ordinal);
        Assert.Equal(BusHealthStatus.Healthy, SupportEndpointHealth(host.Services).Status);
        Assert.Contains(Assert.Single(raised), Assert.Single(stored).Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_stopped_while_its_bus_is_still_starting_leaves_no_consumer_on_the_queues()
    {
        await using var broker = await TestBroker.CreateAsync();
        await using var gate = new TcpGate(TestBroker.Port);
        await using var isolated = new IsolatedHost();
        gate.Hold();
        var host = isolated.Start(App, configure: null, Over(broker, gate.Port));

        // The host stops while its bus still waits for the broker's answer, which comes a moment later.
        var stopping = host.DisposeAsync().AsTask();
        await Task.Delay(TimeSpan.FromSeconds(1));
        gate.Release();
        await stopping.WaitAsync(Patience);
        await Eventually.UntilAsync(() => ConsumersOfAsync(broker, SupportQueue), consumers => consumers != null, "the bus to declare its queues", Patience);

        Assert.Equal((0u, 0u), await broker.QueueAsync(SupportQueue));
    }

    [Fact]
    public async Task A_message_that_cannot_be_stored_is_listed_as_a_dead_letter()
    {
        await using var broker = await TestBroker.CreateAsync();
        await using var isolated = new IsolatedHost();
        await using var server = await isolated.StartMailServerAsync();
        var host = isolated.Start(App, configure: null, [.. Over(broker), ("Delivery:PollSeconds", "0.2")]);
        using var admin = await host.CreateClient().WithBearerTokenOfAsync(DemoUser.Admin.Email, DemoUser.Password);
        var messageId = Guid.NewGuid();
        await ConsumersAsync(broker, 1);

        await PublishUnreadableAsync(broker, messageId);
        var dead = await Eventually.UntilAsync(
            async () => await admin.GetFromJsonAsync<List<DeadLetter>>("/api/admin/deliveries") ?? [], d => d.Count > 0, "a dead letter", Patience);
        var row = Assert.Single(await SupportInboxAsync(host.Services));
        var readiness = await ReadinessAsync(host.CreateClient());

        var letter = Assert.Single(dead);
        Assert.Equal("message", letter.Kind);
        Assert.Contains("SupportRequestedConsumer", letter.Description, StringComparison.Ordinal);
        Assert.Contains($"{SupportQueue}_error", letter.Error, StringComparison.Ordinal);
        Assert.Equal(messageId, row.MessageId);
        Assert.Contains("not-a-guid", row.Payload, StringComparison.Ordinal);
        Assert.Equal("Healthy/Degraded", readiness);
        Assert.Equal((0u, 0u), await broker.QueueAsync($"{SupportQueue}_error"));
        Assert.Empty(server.Inbox.All);
    }

    private static (string, string?)[] Over(TestBroker broker, int? port = null) =>
    [
        ("Messaging:Transport", "RabbitMq"),
        ("Messaging:RabbitMq:Url", broker.Url(port)),
    ];

    /// <summary>Runs the workers with the clock past any backoff until <paramref name="done"/>: retries wait on the test's clock.</summary>
    private async Task DeliverAsync(IServiceProvider host, Func<bool> done)
    {
        await Eventually.UntilAsync(
            async () =>
            {
                App.Clock.Advance(TimeSpan.FromHours(2));
                await host.GetRequiredService<OutboxDispatcher>().DrainAsync();
                await host.GetRequiredService<InboxProcessor>().DrainAsync();
                await host.GetRequiredService<MailDispatcher>().DrainAsync();
                return done();
            },
            finished => finished,
            "the events to be delivered",
            Patience);
    }

    /// <summary>A SupportRequested envelope whose request id is no id: MassTransit cannot read it as the message.</summary>
    private static async Task PublishUnreadableAsync(TestBroker broker, Guid messageId)
    {
        var body = $$$"""
            {"messageId":"{{{messageId}}}","messageType":["urn:message:CoachingPlatform.Programs.Contracts:SupportRequested"],
             "message":{"requestId":"not-a-guid","message":"unreadable"}}
            """;
        await using var connection = await broker.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        var properties = new BasicProperties { MessageId = messageId.ToString(), ContentType = "application/vnd.masstransit+json", Persistent = true };
        await channel.BasicPublishAsync("", SupportQueue, mandatory: true, properties, Encoding.UTF8.GetBytes(body));
    }

    /// <summary>
    /// Waits until <paramref name="count"/> buses consume the support queue. A bus declares its exchanges,
    /// bindings and queues before it consumes, and only then is a message published to them routed rather
    /// than returned: each retry of a returned one would burn an attempt on the test's clock.
    /// </summary>
    private static Task ConsumersAsync(TestBroker broker, uint count) =>
        Eventually.UntilAsync(() => ConsumersOfAsync(broker, SupportQueue), consumers => consumers == count, $"{count} consumer(s) on {SupportQueue}", Patience);

    /// <summary>The queue's consumers, or null while no one has declared it.</summary>
    private static async Task<uint?> ConsumersOfAsync(TestBroker broker, string queue)
    {
        try
        {
            return (await broker.QueueAsync(queue)).Consumers;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return null;
        }
    }

    /// <summary>The broker's readiness check and the overall status, as "broker/overall".</summary>
    private static async Task<string> ReadinessAsync(HttpClient client)
    {
        using (client)
        {
            var readiness = await Readiness.OfAsync(client);
            return $"{readiness.Checks["broker"]}/{readiness.Status}";
        }
    }

    private static EndpointHealthResult SupportEndpointHealth(IServiceProvider host) =>
        host.GetRequiredService<IBusControl>().CheckHealth().Endpoints.Values.Single(e => e.InputAddress.AbsolutePath.EndsWith($"/{SupportQueue}", StringComparison.Ordinal));

    private static async Task<List<string>> FailedPublishesAsync(IServiceProvider host)
    {
        await using var scope = host.CreateAsyncScope();
        var errors = new List<string>();
        foreach (var store in scope.ServiceProvider.GetServices<IMessageStore>())
        {
            errors.AddRange(await store.Outbox.Where(m => m.Attempts > 0 && m.ProcessedAt == null).Select(m => m.Error ?? "").ToListAsync());
        }

        return errors;
    }

    private static async Task<List<InboxMessage>> SupportInboxAsync(IServiceProvider host)
    {
        await using var scope = host.CreateAsyncScope();
        var rows = new List<InboxMessage>();
        foreach (var store in scope.ServiceProvider.GetServices<IMessageStore>())
        {
            rows.AddRange(await store.Inbox.AsNoTracking().Where(m => m.Consumer.EndsWith("SupportRequestedConsumer")).ToListAsync());
        }

        return rows;
    }
}

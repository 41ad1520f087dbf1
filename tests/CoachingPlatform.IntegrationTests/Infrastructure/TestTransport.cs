using CoachingPlatform.IntegrationTests.Messaging.RabbitMq;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// How a host's events travel: the in-process transport (the default), or, when
/// <c>COACHING_TEST_TRANSPORT=RabbitMq</c>, the local RabbitMQ broker (<c>TEST_RABBITMQ_URL</c>) in a virtual
/// host of its own, removed with its queues at the end. A virtual host per database keeps the hosts of two test
/// processes, or a host over another database, from taking each other's messages.
/// </summary>
public sealed class TestTransport : IAsyncDisposable
{
    public const string Variable = "COACHING_TEST_TRANSPORT";

    private readonly TestBroker? broker;

    private TestTransport(TestBroker? broker) => this.broker = broker;

    public static bool OnRabbitMq =>
        string.Equals(Environment.GetEnvironmentVariable(Variable), "RabbitMq", StringComparison.OrdinalIgnoreCase);

    /// <summary>The settings that point a host at this transport: none for the in-process default.</summary>
    public IReadOnlyDictionary<string, string?> Settings => broker is null
        ? new Dictionary<string, string?>()
        : new Dictionary<string, string?>
        {
            ["Messaging:Transport"] = "RabbitMq",
            ["Messaging:RabbitMq:Url"] = broker.Url(),
        };

    public static async Task<TestTransport> CreateAsync() => new(OnRabbitMq ? await TestBroker.CreateAsync() : null);

    /// <summary>What the broker holds (queue, ready, unacknowledged, consumers), for a failure message; empty in process.</summary>
    public async Task<string> DescribeAsync() => broker is null ? "" : await broker.DescribeQueuesAsync();

    public ValueTask DisposeAsync() => broker?.DisposeAsync() ?? ValueTask.CompletedTask;
}

using System.Diagnostics;
using RabbitMQ.Client;

namespace CoachingPlatform.IntegrationTests.Messaging.RabbitMq;

/// <summary>
/// A virtual host of its own on the local RabbitMQ broker (made with rabbitmqctl, removed with all its
/// queues at the end), so that no message of one test reaches the hosts of another.
/// The broker is <c>TEST_RABBITMQ_URL</c>, by default the one .ci/run starts.
/// </summary>
public sealed class TestBroker : IAsyncDisposable
{
    private static readonly Uri Broker = new(Environment.GetEnvironmentVariable("TEST_RABBITMQ_URL") ?? "amqp://guest:guest@127.0.0.1:5672/");

    private readonly List<string> users = [];

    private TestBroker(string virtualHost) => VirtualHost = virtualHost;

    public string VirtualHost { get; }

    /// <summary>The broker's port: a <see cref="TcpGate"/> in front of it needs it.</summary>
    public static int Port => Broker.Port;

    public static async Task<TestBroker> CreateAsync()
    {
        var name = $"coaching-test-{Guid.NewGuid():N}";
        await RabbitMqCtlAsync("add_vhost", name);
        await RabbitMqCtlAsync("set_permissions", "-p", name, Broker.UserInfo.Split(':')[0], ".*", ".*", ".*");
        return new TestBroker(name);
    }

    /// <summary>This virtual host on the broker, or through another port on loopback (a gate).</summary>
    public string Url(int? port = null, string? userInfo = null) =>
        $"amqp://{userInfo ?? Broker.UserInfo}@{Broker.Host}:{port ?? Broker.Port}/{Uri.EscapeDataString(VirtualHost)}";

    public async Task<IConnection> ConnectAsync() =>
        await new ConnectionFactory { Uri = new Uri(Url()), ClientProvidedName = "coaching-tests" }.CreateConnectionAsync();

    /// <summary>A user of its own with every permission on this virtual host (removed at the end), and its URL through <paramref name="port"/>.</summary>
    public async Task<(string User, string Url)> AddUserAsync(string password, int port)
    {
        var user = $"{VirtualHost}-user";
        await RabbitMqCtlAsync("add_user", user, password);
        users.Add(user);
        await RabbitMqCtlAsync("set_permissions", "-p", VirtualHost, user, ".*", ".*", ".*");
        return (user, Url(port, $"{user}:{password}"));
    }

    /// <summary>The broker refuses the user's old password from now on (new connections only).</summary>
    public Task SetPasswordAsync(string user, string password) => RabbitMqCtlAsync("change_password", user, password);

    /// <summary>Messages waiting in a queue and the consumers reading it, without touching either.</summary>
    public async Task<(uint Messages, uint Consumers)> QueueAsync(string queue)
    {
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        var declared = await channel.QueueDeclarePassiveAsync(queue);
        return (declared.MessageCount, declared.ConsumerCount);
    }

    /// <summary>Every queue of this virtual host with its ready and unacknowledged messages and its consumers, for a failure message.</summary>
    public Task<string> DescribeQueuesAsync() =>
        RabbitMqCtlAsync("list_queues", "-q", "-p", VirtualHost, "name", "messages_ready", "messages_unacknowledged", "consumers");

    public async ValueTask DisposeAsync()
    {
        foreach (var user in users)
        {
            await RabbitMqCtlAsync("delete_user", user);
        }

        await RabbitMqCtlAsync("delete_vhost", VirtualHost);
    }

    private static async Task<string> RabbitMqCtlAsync(params string[] arguments)
    {
        var tool = File.Exists("/usr/sbin/rabbitmqctl") ? "/usr/sbin/rabbitmqctl" : "rabbitmqctl";
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException("rabbitmqctl did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output} {await errors}");
        }

        return await output;
    }
}

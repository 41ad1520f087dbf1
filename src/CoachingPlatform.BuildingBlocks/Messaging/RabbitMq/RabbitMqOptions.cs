using System.ComponentModel.DataAnnotations;

namespace CoachingPlatform.BuildingBlocks.Messaging.RabbitMq;

/// <summary>The broker behind <c>Messaging:Transport=RabbitMq</c>.</summary>
public sealed class RabbitMqOptions
{
    /// <summary>The broker and its virtual host, e.g. <c>amqp://guest:guest@127.0.0.1:5672/</c>.</summary>
    public string Url { get; set; } = "amqp://guest:guest@127.0.0.1:5672/";

    /// <summary>
    /// How long a publish may wait for the broker's confirm. Past it the outbox message counts a failed
    /// attempt and is retried, so an unreachable broker never stalls the event loop.
    /// </summary>
    [Range(0.1, 600)]
    public double PublishTimeoutSeconds { get; set; } = 10;

    /// <summary>Messages a node holds unacknowledged per consumer queue (each is only stored in an inbox, so this stays small).</summary>
    [Range(1, 1000)]
    public int PrefetchCount { get; set; } = 16;

    /// <summary>
    /// How long a receive endpoint may stay faulted while the broker answers before the node restarts it
    /// (<see cref="ReceiveEndpointWatchdog"/>). MassTransit's own reconnect waits at most 30 s between tries.
    /// </summary>
    [Range(1, 3600)]
    public double EndpointRestartSeconds { get; set; } = 60;

    public TimeSpan EndpointRestart => TimeSpan.FromSeconds(EndpointRestartSeconds);

    public TimeSpan PublishTimeout => TimeSpan.FromSeconds(PublishTimeoutSeconds);

    /// <summary>The URL as given, checked: an amqp(s) address with a host.</summary>
    public Uri Address() =>
        Uri.TryCreate(Url, UriKind.Absolute, out var uri) && uri.Scheme is "amqp" or "amqps" && uri.Host.Length > 0
            ? uri
            : throw new InvalidOperationException($"Messaging:RabbitMq:Url must be an amqp:// or amqps:// address, not '{Url}'.");
}

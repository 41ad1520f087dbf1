using MassTransit;
using MassTransit.Transports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachingPlatform.BuildingBlocks.Messaging.RabbitMq;

internal static class RabbitMqRegistration
{
    /// <summary>
    /// Storing a message in an inbox fails only while the database is unreachable or busy: these retries
    /// (about a minute in all) ride that out; what still fails goes to the queue's <c>_error</c> queue,
    /// whose reader lists it as a dead letter.
    /// </summary>
    private static readonly TimeSpan[] StoreRetries =
        [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(45)];

    /// <summary>
    /// MassTransit over RabbitMQ: a durable queue per inbox consumer, consumed on every node, whose only
    /// consumer stores each message in that consumer's inbox (acknowledged once the insert committed);
    /// publisher confirms; a stop that waits for the bus's start (<see cref="StartAwareBusDepot"/>); the broker's
    /// answer on <c>/health/ready</c> as <c>broker</c>; the reader that turns what MassTransit gave up on into dead letters;
    /// the watchdog that restarts an endpoint MassTransit left faulted.
    /// </summary>
    public static IServiceCollection AddRabbitMqTransport(this IServiceCollection services, RabbitMqOptions options, IReadOnlyList<Type> consumers)
    {
        var address = options.Address();
        services.AddSingleton<IEventTransport, RabbitMqTransport>();
        services.AddSingleton<BrokerConnection>();
        services.AddHealthChecks().AddCheck<BrokerHealthCheck>("broker", tags: ["ready"]);
        services.AddSingleton<FailedMessageReader>();
        services.AddHostedService(sp => sp.GetRequiredService<FailedMessageReader>());
        services.AddMassTransit(bus =>
        {
            foreach (var consumer in consumers)
            {
                bus.AddConsumer(ConsumerCatalog.InboxWriterOf(consumer));
            }

            // MassTransit's own check reports every receive endpoint while it reconnects; readiness asks the broker itself.
            bus.ConfigureHealthCheckOptions(health => health.Tags.Add("masstransit"));
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(address, host => host.PublisherConfirmation = true);
                foreach (var consumer in consumers)
                {
                    rabbit.ReceiveEndpoint(QueueNames.Of(consumer), endpoint =>
                    {
                        endpoint.PrefetchCount = options.PrefetchCount;
                        endpoint.UseMessageRetry(retry =>
                        {
                            retry.Ignore<System.Runtime.Serialization.SerializationException>(); // A body that does not read as its type never will.
                            retry.Intervals(StoreRetries);
                        });
                        endpoint.ConfigureConsumer(context, ConsumerCatalog.InboxWriterOf(consumer));
                    });
                }
            });
        });
        // Registered after MassTransit's hosted service, so it stops before the bus stops its endpoints.
        services.AddHostedService<ReceiveEndpointWatchdog>();
        services.Replace(ServiceDescriptor.Singleton<IBusDepot>(sp => new StartAwareBusDepot(ActivatorUtilities.CreateInstance<BusDepot>(sp))));
        return services;
    }
}

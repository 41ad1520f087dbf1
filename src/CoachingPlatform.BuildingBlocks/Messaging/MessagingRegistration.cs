using System.Reflection;
using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Messaging.RabbitMq;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.BuildingBlocks.Messaging;

public static class MessagingRegistration
{
    /// <summary>
    /// Outbox, inbox and mail queue workers for every module, with a transport carrying events from the
    /// outbox into the inbox of each consumer of the scanned modules: MassTransit's mediator in this
    /// process, or RabbitMQ across nodes (<c>Messaging:Transport</c>).
    /// </summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration, IEnumerable<Assembly> assemblies)
    {
        var consumers = ConsumerCatalog.Scan(assemblies.Distinct()).ToArray();

        // Read while registering (the transport decides what is registered): a value that does not bind stops the host before it starts.
        var options = configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        services.AddOptions<MessagingOptions>().Bind(configuration.GetSection(MessagingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection(DeliveryOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DeliverySignals>();
        services.AddSingleton<DeliverySavedInterceptor>();
        services.AddSingleton(sp => new ConsumerCatalog(consumers, sp.GetServices<ModuleStore>()));
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<InboxProcessor>();
        services.AddSingleton<MailDispatcher>();
        services.AddSingleton<DeadLetters>();
        services.AddTransient<DeliveryJob>();
        foreach (var consumer in consumers)
        {
            services.AddScoped(consumer);
        }

        if (options.Transport == MessageTransport.RabbitMq)
        {
            services.AddRabbitMqTransport(options.RabbitMq, consumers);
        }
        else
        {
            services.AddSingleton<IEventTransport, MediatorTransport>();
            services.AddMediator(mediator =>
            {
                foreach (var consumer in consumers)
                {
                    mediator.AddConsumer(ConsumerCatalog.InboxWriterOf(consumer));
                }
            });
        }

        // Registered after the transport, so that it starts after the bus and, as a host stops its services in
        // the reverse order, stops before it: the message in hand at a stop is published on a running bus and
        // the rest of the batch given back, instead of failing on a stopped bus and waiting out a backoff.
        if (options.DispatchInBackground)
        {
            services.AddHostedService<DeliveryService>();
        }

        services.AddHealthChecks().AddCheck<DeadLetterHealthCheck>("deliveries", tags: ["ready"]);
        return services;
    }
}

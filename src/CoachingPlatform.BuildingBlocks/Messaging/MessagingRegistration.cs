using System.Reflection;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.BuildingBlocks.Messaging;

public static class MessagingRegistration
{
    /// <summary>MassTransit's in-memory bus with every module's consumers, fed by the outbox dispatcher.</summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration, IEnumerable<Assembly> assemblies)
    {
        var scanned = assemblies.Distinct().ToArray();

        // Read while registering: a value that is not a boolean stops the host before it starts.
        var options = configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxSavedInterceptor>();
        services.AddSingleton<OutboxDispatcher>();
        if (options.DispatchInBackground)
        {
            services.AddHostedService<OutboxDispatchService>();
        }

        services.AddMassTransit(bus =>
        {
            // MassTransit's own scan only sees public types; module consumers are internal.
            foreach (var consumer in scanned.SelectMany(a => a.GetTypes()).Where(IsConsumer))
            {
                bus.AddConsumer(consumer);
            }

            bus.UsingInMemory((context, transport) =>
            {
                transport.UseMessageRetry(retry => retry.Intervals(100, 500, 2000));
                transport.ConfigureEndpoints(context);
            });
        });
        return services;
    }

    private static bool IsConsumer(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
        && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>));
}

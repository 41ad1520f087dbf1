using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.BuildingBlocks.Mediation;

public static class MediationRegistration
{
    /// <summary>
    /// MediatR 5 has no registration package we can use, so the mediator is wired by hand and every
    /// handler, notification handler and validator is found by Scrutor, internal types included.
    /// </summary>
    public static IServiceCollection AddMediation(this IServiceCollection services, IEnumerable<Assembly> assemblies)
    {
        PlainValidationMessages.Apply();
        var scanned = assemblies.Distinct().ToArray();
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(RetryOnConflictBehaviour<,>));
        services.Scan(scan => scan
            .FromAssemblies(scanned)
            .AddClasses(c => c.AssignableToAny(typeof(IRequestHandler<,>), typeof(INotificationHandler<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithTransientLifetime());
        return services;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoachingPlatform.BuildingBlocks.Email;

public static class EmailRegistration
{
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        if (configuration[$"{EmailOptions.Section}:Delivery"] == EmailDelivery.Smtp)
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
            services.AddSingleton<SmtpHealthCheck>();
            services.AddHealthChecks().AddCheck<SmtpHealthCheck>("smtp", failureStatus: HealthStatus.Degraded, tags: ["ready"]);
        }
        else
        {
            services.AddSingleton<IEmailSender, PickupDirectoryEmailSender>();
        }

        return services;
    }
}

using CoachingPlatform.BuildingBlocks.Modules;
using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.Identity.Domain;
using CoachingPlatform.Identity.Features.AcceptInvitation;
using CoachingPlatform.Identity.Features.Account;
using CoachingPlatform.Identity.Features.Coaches;
using CoachingPlatform.Identity.Features.Invitations;
using CoachingPlatform.Identity.Features.PasswordReset;
using CoachingPlatform.Identity.Integration;
using CoachingPlatform.Identity.Features.Audit;
using CoachingPlatform.Identity.Features.GetMe;
using CoachingPlatform.Identity.Features.InviteCoach;
using CoachingPlatform.Identity.Features.SignIn;
using CoachingPlatform.Identity.Passwords;
using CoachingPlatform.Identity.Persistence;
using CoachingPlatform.Identity.Seeding;
using CoachingPlatform.Identity.Sessions;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Identity;

/// <summary>Accounts, roles and sign-in: cookies for pages, bearer tokens for the API.</summary>
public static class IdentityModule
{
    /// <summary>Picks the bearer handler when the request carries a bearer token, the cookie otherwise.</summary>
    public const string CookieOrBearerScheme = "CookieOrBearer";

    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<IdentityDbContext, SqliteIdentityDbContext, SqlServerIdentityDbContext, PostgresIdentityDbContext>(configuration, IdentityDbContext.Schema,
            (sp, options) => options.AddInterceptors(sp.GetRequiredService<StampChangeInterceptor>()));
        services.AddOptions<StampCacheOptions>().Bind(configuration.GetSection(StampCacheOptions.Section));
        services.AddSingleton<StampCache>();
        services.AddSingleton<StampChangeInterceptor>();
        if (DatabaseProvider.IsServer(configuration))
        {
            // Every node reads the one key ring, so a cookie, an antiforgery token or a mailed link made on
            // one node is accepted by the others. The embedded default keeps its keys in files.
            services.AddDataProtection().PersistKeysToDbContext<IdentityDbContext>();
        }

        services.AddAuthentication(CookieOrBearerScheme)
            .AddPolicyScheme(CookieOrBearerScheme, "Cookie or bearer token", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies();
        services.TryAddSingleton<ViewCache>();
        services.AddSingleton<IPostConfigureOptions<BearerTokenOptions>, KeptBearerTickets.Setup>();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/signin";
            options.AccessDeniedPath = "/denied";
            options.Cookie.Name = SecurityStampCheck.CookieName;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.HttpOnly = true;
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => AnswerApiWith(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => AnswerApiWith(context, StatusCodes.Status403Forbidden);
        });

        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;

                // No hard lockout that anyone could trigger: failed sign-ins slow down instead (SignInThrottle).
                options.Lockout.AllowedForNewUsers = false;
            })
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<IdentityDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddScoped<InvitationMails>();
        services.AddOptions<SignInThrottleOptions>().Bind(configuration.GetSection(SignInThrottleOptions.Section));
        services.AddSingleton<DummyPassword>();
        services.AddScoped<IModuleInitializer, IdentitySeeder>();
        services.AddScoped<IModuleInitializer, ScaleSeeder>();
        return services;
    }

    /// <summary>After authentication: a cookie or token issued before the last sign-out or password change counts as no sign-in.</summary>
    public static IApplicationBuilder UseIdentitySessions(this IApplicationBuilder app) => app.UseMiddleware<SecurityStampCheck>();

    public static IEndpointRouteBuilder MapIdentityModule(this IEndpointRouteBuilder app)
    {
        SignInEndpoints.Map(app);
        AcceptInvitationEndpoint.Map(app);
        GetMeEndpoint.Map(app);
        InviteCoachEndpoint.Map(app);
        CoachEndpoints.Map(app);
        InvitationEndpoints.Map(app);
        PasswordResetEndpoints.Map(app);
        AccountEndpoints.Map(app);
        AuditEndpoints.Map(app);
        return app;
    }

    /// <summary>The API answers with status codes; only pages are redirected to sign in.</summary>
    private static Task AnswerApiWith(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}

using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Security.Matrix;

/// <summary>Every route the running app serves, read from its endpoint data source, as "METHOD /path" or "PAGE /path".</summary>
public static partial class AppRoutes
{
    public static IReadOnlyList<string> Of(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(KeysOf)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The path with its placeholders' constraints removed: "/api/clients/{clientId:guid}" is "/api/clients/{clientId}".</summary>
    public static string PathOf(RouteEndpoint endpoint) =>
        "/" + Constraint().Replace(endpoint.RoutePattern.RawText?.Trim('/') ?? "", "}");

    private static IEnumerable<string> KeysOf(RouteEndpoint endpoint)
    {
        var path = PathOf(endpoint);
        if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null)
        {
            return [$"PAGE {path}"];
        }

        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
        return methods is null || methods.Count == 0 ? [$"ANY {path}"] : methods.Select(m => $"{m} {path}");
    }

    [GeneratedRegex(":[^}]*}")]
    private static partial Regex Constraint();
}

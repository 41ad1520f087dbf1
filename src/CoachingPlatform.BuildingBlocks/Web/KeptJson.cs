using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CoachingPlatform.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace CoachingPlatform.BuildingBlocks.Web;

/// <summary>
/// A 200 answer with a view kept by <see cref="ViewCache"/>: its JSON is written once per kept view, and every
/// request that gets the same view is answered with those bytes. For handlers that return the kept instance
/// itself (a view made anew on each request gains nothing here; it would be written on each request too).
/// The bytes live as long as the view: they are attached to it, not kept beside it.
/// </summary>
public static class KeptJson
{
    public static KeptJson<T> Ok<T>(T view)
        where T : class => new(view);
}

public sealed class KeptJson<T>(T view) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>
    where T : class
{
    private static readonly ConditionalWeakTable<T, byte[]> Written = [];

    public int? StatusCode => StatusCodes.Status200OK;

    public T Value => view;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        if (!Written.TryGetValue(view, out var json))
        {
            var options = httpContext.RequestServices.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
            json = Written.GetValue(view, _ => JsonSerializer.SerializeToUtf8Bytes(view, options));
        }

        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = json.Length;
        return response.Body.WriteAsync(json, httpContext.RequestAborted).AsTask();
    }

    /// <summary>Describes the answer as TypedResults.Ok does, for the OpenAPI document.</summary>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));

    object? IValueHttpResult.Value => view;
}

using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace CoachingPlatform.Web.Composition;

/// <summary>
/// No API request body larger than <see cref="MaxApiBody"/> bytes: the largest real one (a program with its
/// steps) is a few kilobytes. Answered 413 with ProblemDetails before anything reads the body.
/// </summary>
internal static class RequestLimits
{
    public const long MaxApiBody = 256 * 1024;

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                if (context.Request.ContentLength > MaxApiBody)
                {
                    context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                    await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = context,
                        ProblemDetails = new ProblemDetails { Status = StatusCodes.Status413PayloadTooLarge, Title = "The request is too large.", Detail = $"At most {MaxApiBody / 1024} KB." },
                    });
                    return;
                }

                // A body sent without a length (chunked) is cut off at the same size by the server.
                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                {
                    limit.MaxRequestBodySize = MaxApiBody;
                }
            }

            await next(context);
        });
}

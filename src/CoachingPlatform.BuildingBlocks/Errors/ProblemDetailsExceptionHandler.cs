using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoachingPlatform.BuildingBlocks.Errors;

/// <summary>Maps the exceptions handlers throw to RFC 7807 answers; anything unexpected is a 500 without internals.</summary>
public sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => ValidationProblem(validation.Errors
                .GroupBy(e => FieldName(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray())),
            BadHttpRequestException { InnerException: JsonException json } => ValidationProblem(new Dictionary<string, string[]>
            {
                [JsonPath(json)] = ["The value is not valid JSON for this field."],
            }),
            BadHttpRequestException when BindingFailures.Of(httpContext) is { Count: > 0 } fields => ValidationProblem(fields),
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = "The request is not valid." },
            NotFoundException notFound => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found.", Detail = notFound.Message },
            ConflictException conflict => Conflict(conflict.Message, conflict.Current),
            DbUpdateConcurrencyException => Conflict("Someone else changed this record at the same time. Reload and try again."),
            DbUpdateException unique when DbErrors.IsUniqueViolation(unique) => Conflict("This already exists: someone saved the same thing at the same time."),
            _ when DbErrors.IsDeadlock(exception) => Conflict("Someone else changed this at the same time. Try again."),
            _ => null,
        };

        if (problem is null)
        {
            LogUnhandled(logger, exception);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Something went wrong on our side.",
                Detail = "The error has been logged. Please try again later.",
            };
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Conflict(string detail, object? current = null)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict.", Detail = detail };
        if (current is not null)
        {
            problem.Extensions["current"] = current;
        }

        return problem;
    }

    private static HttpValidationProblemDetails ValidationProblem(IDictionary<string, string[]> errors) =>
        new(errors) { Status = StatusCodes.Status400BadRequest, Title = "One or more fields are not valid." };

    /// <summary>"Steps[0].Title" becomes "steps[0].title", as the field is spelled in JSON.</summary>
    private static string FieldName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    private static string JsonPath(JsonException json)
    {
        var path = json.Path?.TrimStart('$', '.');
        return string.IsNullOrEmpty(path) ? "body" : path;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);
}

using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace CoachingPlatform.BuildingBlocks.Errors;

/// <summary>
/// Names the route and query values that do not convert to their parameter's type (<c>?page=abc</c>). Binding
/// answers such a request 400, thrown or (for an optional parameter of a generated request delegate) bare;
/// either way the answer names the field from the endpoint's parameters, whatever the environment.
/// </summary>
public static class BindingFailures
{
    public const string Message = "The value is not valid for this field.";

    /// <summary>For <c>AddProblemDetails</c>: a bare 400 from binding gets the fields at fault.</summary>
    public static void Describe(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Status == StatusCodes.Status400BadRequest && context.Exception is null
            && context.ProblemDetails is not HttpValidationProblemDetails && Of(context.HttpContext) is { Count: > 0 } errors)
        {
            context.ProblemDetails.Title = "One or more fields are not valid.";
            context.ProblemDetails.Extensions["errors"] = errors;
        }
    }

    public static Dictionary<string, string[]> Of(HttpContext http)
    {
        var parameters = http.GetEndpoint()?.Metadata.GetOrderedMetadata<IParameterBindingMetadata>() ?? [];
        return parameters.Where(p => p.HasTryParse && !Converts(p, http)).ToDictionary(p => p.Name, _ => new[] { Message });
    }

    private static bool Converts(IParameterBindingMetadata parameter, HttpContext http)
    {
        var value = http.Request.RouteValues.TryGetValue(parameter.Name, out var route)
            ? Convert.ToString(route, CultureInfo.InvariantCulture)
            : http.Request.Query[parameter.Name].ToString();
        var type = Nullable.GetUnderlyingType(parameter.ParameterInfo.ParameterType) ?? parameter.ParameterInfo.ParameterType;
        if (string.IsNullOrEmpty(value) || type == typeof(string))
        {
            return true;
        }

        const BindingFlags PublicStatic = BindingFlags.Public | BindingFlags.Static;
        if (type.GetMethod("TryParse", PublicStatic, [typeof(string), typeof(IFormatProvider), type.MakeByRefType()]) is { } withCulture)
        {
            return (bool)withCulture.Invoke(null, [value, CultureInfo.InvariantCulture, null])!;
        }

        // A type without a TryParse of this shape (an enum, say) is not judged here.
        return type.GetMethod("TryParse", PublicStatic, [typeof(string), type.MakeByRefType()]) is not { } plain
            || (bool)plain.Invoke(null, [value, null])!;
    }
}

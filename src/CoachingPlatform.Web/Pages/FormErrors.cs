using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoachingPlatform.Web.Pages;

/// <summary>Validation failures of a request shown under the fields of a server-rendered form.</summary>
public static class FormErrors
{
    public static void AddFailures(this ModelStateDictionary state, ValidationException exception)
    {
        foreach (var failure in exception.Errors)
        {
            state.AddModelError(failure.PropertyName, failure.ErrorMessage);
        }
    }

    /// <summary>The messages for a field, matched without regard to case ("password" and "Password").</summary>
    public static string? ErrorFor(this ModelStateDictionary state, string field)
    {
        var messages = state.Where(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase))
            .SelectMany(e => e.Value?.Errors ?? []).Select(e => e.ErrorMessage).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;

namespace CoachingPlatform.BuildingBlocks.Mediation;

/// <summary>
/// Validation messages in plain American English that name the field as a person reads it: "How to do it is
/// required." rather than "'How To' must not be empty.". Validators name a field with WithName where the
/// page's label differs from the property; otherwise "DisplayName" reads as "Display name".
/// </summary>
public static partial class PlainValidationMessages
{
    private static readonly Dictionary<string, string> Messages = new()
    {
        ["NotEmptyValidator"] = "{PropertyName} is required.",
        ["NotNullValidator"] = "{PropertyName} is required.",
        ["MaximumLengthValidator"] = "{PropertyName} can be at most {MaxLength} characters long (it has {TotalLength}).",
        ["MinimumLengthValidator"] = "{PropertyName} needs at least {MinLength} characters.",
        ["LengthValidator"] = "{PropertyName} needs {MinLength} to {MaxLength} characters.",
        ["EmailValidator"] = "{PropertyName} is not a valid email address.",
        ["InclusiveBetweenValidator"] = "{PropertyName} must be from {From} to {To}.",
        ["NotEqualValidator"] = "{PropertyName} is not valid.",
        ["GreaterThanOrEqualValidator"] = "{PropertyName} must be {ComparisonValue} or more.",
        ["LessThanOrEqualValidator"] = "{PropertyName} must be {ComparisonValue} or less.",
        ["PredicateValidator"] = "{PropertyName} is not valid.",
    };

    public static void Apply()
    {
        var language = new FluentValidation.Resources.LanguageManager();
        ValidatorOptions.Global.LanguageManager = language;
        language.Culture = CultureInfo.GetCultureInfo("en-US");
        foreach (var (key, message) in Messages)
        {
            language.AddTranslation("en-US", key, message);
            language.AddTranslation("en", key, message);
        }

        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : Humanize(member.Name);
    }

    /// <summary>"WhyItMatters" becomes "Why it matters".</summary>
    public static string Humanize(string name)
    {
        var words = WordStart().Split(name).Where(w => w.Length > 0).ToList();
        return string.Join(' ', words.Select((w, i) => i == 0 ? w : w.ToLowerInvariant()));
    }

    [GeneratedRegex("(?<!^)(?=[A-Z])")]
    private static partial Regex WordStart();
}

using FluentValidation;

namespace CoachingPlatform.BuildingBlocks.Validation;

public static class RuleExtensions
{
    /// <summary>A plain address by <see cref="EmailRule"/> (one message whether empty or malformed).</summary>
    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(EmailRule.IsValid).WithMessage(EmailRule.Message);

    /// <summary>Required once control and formatting characters are gone (see <see cref="PlainText"/>), and not too long.</summary>
    public static IRuleBuilderOptions<T, string> ValidName<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.Must(name => PlainText.Name(name).Length > 0).WithMessage("{PropertyName} is required.")
            .Must(name => PlainText.Name(name).Length <= maxLength).WithMessage($"{{PropertyName}} must be at most {maxLength} characters.");

    /// <summary>Required once control and formatting characters are gone (see <see cref="PlainText.FreeText"/>), and not too long.</summary>
    public static IRuleBuilderOptions<T, string> ValidFreeText<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.Must(text => PlainText.FreeText(text).Length > 0).WithMessage("{PropertyName} is required.")
            .Must(text => PlainText.FreeText(text).Length <= maxLength).WithMessage($"{{PropertyName}} must be at most {maxLength} characters.");
}

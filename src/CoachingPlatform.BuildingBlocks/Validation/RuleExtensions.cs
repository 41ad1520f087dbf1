using FluentValidation;

namespace CoachingPlatform.BuildingBlocks.Validation;

public static class RuleExtensions
{
    /// <summary>A plain address by <see cref="EmailRule"/> (one message whether empty or malformed).</summary>
    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(EmailRule.IsValid).WithMessage(EmailRule.Message);

    /// <summary>Required once control and formatting characters are gone (see <see cref="PlainText"/>), and not too long.</summary>
    public static IRuleBuilderOptions<T, string> ValidName<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.Must(name => PlainText.Name(name).Length is > 0 and var length && length <= maxLength)
            .WithMessage($"Enter a name of at most {maxLength} characters.");

    /// <summary>Required once control and formatting characters are gone (see <see cref="PlainText.FreeText"/>), and not too long.</summary>
    public static IRuleBuilderOptions<T, string> ValidFreeText<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.Must(text => PlainText.FreeText(text).Length is > 0 and var length && length <= maxLength)
            .WithMessage($"Write some text, at most {maxLength} characters.");
}

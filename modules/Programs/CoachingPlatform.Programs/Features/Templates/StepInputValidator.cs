using FluentValidation;

namespace CoachingPlatform.Programs.Features.Templates;

internal sealed class StepInputValidator : AbstractValidator<StepInput>
{
    public StepInputValidator()
    {
        RuleFor(s => s.Title).NotEmpty().MaximumLength(200);
        RuleFor(s => s.WhyItMatters).NotEmpty().MaximumLength(2000);
        RuleFor(s => s.HowTo).NotEmpty().MaximumLength(4000);
        RuleFor(s => s.Tip).MaximumLength(2000);
        RuleFor(s => s.Checklist).Must(items => items is null || items.Count <= 20).WithMessage("At most 20 checklist items.");
        RuleForEach(s => s.Checklist).NotEmpty().MaximumLength(300);
        RuleFor(s => s.Prompts).Must(items => items is null || items.Count <= 20).WithMessage("At most 20 prompts.");
        RuleForEach(s => s.Prompts).NotEmpty().MaximumLength(300);
    }
}

using FluentValidation;

namespace CoachingPlatform.Programs.Features.Templates;

internal sealed class StepInputValidator : AbstractValidator<StepInput>
{
    public StepInputValidator()
    {
        RuleFor(s => s.Title).NotEmpty().MaximumLength(200).WithName("Title");
        RuleFor(s => s.WhyItMatters).NotEmpty().MaximumLength(2000).WithName("Why it matters");
        RuleFor(s => s.HowTo).NotEmpty().MaximumLength(4000).WithName("How to do it");
        RuleFor(s => s.Tip).MaximumLength(2000).WithName("Tip or example");
        RuleFor(s => s.Checklist).Must(items => items is null || items.Count <= 20).WithMessage("At most 20 checklist items.");
        RuleForEach(s => s.Checklist).NotEmpty().MaximumLength(300).WithName("A checklist item");
        RuleFor(s => s.Prompts).Must(items => items is null || items.Count <= 20).WithMessage("At most 20 prompts.");
        RuleForEach(s => s.Prompts).NotEmpty().MaximumLength(300).WithName("A reflection prompt");
    }
}

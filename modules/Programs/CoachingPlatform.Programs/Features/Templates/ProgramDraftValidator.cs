using FluentValidation;

namespace CoachingPlatform.Programs.Features.Templates;

/// <summary>The rules every program's title, summary and steps follow, whoever writes them.</summary>
internal abstract class ProgramDraftValidator<T> : AbstractValidator<T>
    where T : IProgramDraft
{
    protected ProgramDraftValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Summary).MaximumLength(2000);
        RuleFor(r => r.Steps).NotEmpty().WithMessage("A program needs at least one step.")
            .Must(s => s is null || s.Count <= 30).WithMessage("A program has at most 30 steps.");
        RuleForEach(r => r.Steps).NotNull().WithMessage("A step needs its title, why it matters and how to do it.")
            .SetValidator(new StepInputValidator());
    }
}

using CoachingPlatform.Programs.Domain;
using FluentValidation;

namespace CoachingPlatform.Programs.Features.Templates;

/// <summary>A step as coaches write it, for authoring and revising programs.</summary>
internal sealed record StepInput(string Title, string WhyItMatters, string HowTo, string? Tip, IReadOnlyList<string>? Checklist, IReadOnlyList<string>? Prompts)
{
    public StepContent ToContent() => new(Title ?? "", WhyItMatters ?? "", HowTo ?? "", Tip, Checklist ?? [], Prompts ?? []);
}

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

/// <summary>What authoring and revising a program both send.</summary>
internal interface IProgramDraft
{
    string Title { get; }

    string Summary { get; }

    IReadOnlyList<StepInput>? Steps { get; }

    IReadOnlyList<StepContent> StepContents => (Steps ?? []).Select(s => s.ToContent()).ToList();
}

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
        RuleForEach(r => r.Steps).SetValidator(new StepInputValidator());
    }
}

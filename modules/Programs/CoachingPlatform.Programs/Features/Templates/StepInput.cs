using CoachingPlatform.Programs.Domain;

namespace CoachingPlatform.Programs.Features.Templates;

/// <summary>A step as coaches write it, for authoring and revising programs.</summary>
internal sealed record StepInput(
    string Title, string WhyItMatters, string HowTo, string? Tip, IReadOnlyList<string>? Checklist, IReadOnlyList<string>? Prompts, bool? RetakeWheel = null)
{
    public StepContent ToContent() => new(Title ?? "", WhyItMatters ?? "", HowTo ?? "", Tip, Checklist ?? [], Prompts ?? []) { RetakeWheel = RetakeWheel == true };
}

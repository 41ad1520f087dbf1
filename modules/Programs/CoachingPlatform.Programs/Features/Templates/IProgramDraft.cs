using CoachingPlatform.Programs.Domain;

namespace CoachingPlatform.Programs.Features.Templates;

/// <summary>What authoring and revising a program both send.</summary>
internal interface IProgramDraft
{
    string Title { get; }

    string Summary { get; }

    IReadOnlyList<StepInput>? Steps { get; }

    IReadOnlyList<StepContent> StepContents => (Steps ?? []).Select(s => s.ToContent()).ToList();
}

using CoachingPlatform.Programs.Domain;

namespace CoachingPlatform.Programs.Features.Templates;

internal sealed record ProgramListItem(Guid Id, string Title, string Summary, int StepCount, bool BuiltIn);

internal sealed record ProgramDetail(Guid Id, string Title, string Summary, bool BuiltIn, bool Editable, IReadOnlyList<StepView> Steps);

internal sealed record StepView(
    Guid Id, int Order, string Title, string WhyItMatters, string HowTo, string? Tip, IReadOnlyList<string> Checklist, IReadOnlyList<string> Prompts, bool RetakeWheel)
{
    public static StepView From(ProgramStep s) => new(s.Id, s.Order, s.Title, s.WhyItMatters, s.HowTo, s.Tip, s.Checklist, s.Prompts, s.RetakeWheel);
}

internal sealed record CreatedProgram(Guid Id);

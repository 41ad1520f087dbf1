using MediatR;

namespace CoachingPlatform.Assessments.Contracts;

/// <summary>The Wheel of Life results a client took while signed in, for their "My data" download.</summary>
public sealed record ExportAssessmentsData(Guid OwnerId) : IRequest<IReadOnlyList<AssessmentExport>>;

public sealed record AssessmentExport(Guid Id, DateTime TakenAt, IReadOnlyDictionary<string, int> Scores, IReadOnlyList<AssessmentGoalExport> Goals);

public sealed record AssessmentGoalExport(string Area, string Text);

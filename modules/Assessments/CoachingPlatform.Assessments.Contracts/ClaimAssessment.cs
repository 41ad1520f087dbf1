using MediatR;

namespace CoachingPlatform.Assessments.Contracts;

/// <summary>
/// Moves an anonymous result into a client's history with the token handed out when it was taken; the
/// token works once. Answers the result's id.
/// </summary>
public sealed record ClaimAssessment(Guid ClientId, string? Token) : IRequest<Guid>;

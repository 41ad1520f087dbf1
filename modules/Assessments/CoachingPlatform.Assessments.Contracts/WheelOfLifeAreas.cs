using MediatR;

namespace CoachingPlatform.Assessments.Contracts;

/// <summary>The blank wheel: the eight areas to score, in the order the wheel draws them.</summary>
public sealed record GetWheelOfLife : IRequest<WheelOfLife>;

public sealed record WheelOfLife(IReadOnlyList<LifeAreaInfo> Areas);

/// <summary>One spoke of the wheel; <see cref="Key"/> is what requests and stored scores use.</summary>
public sealed record LifeAreaInfo(string Key, string Name, string Description);

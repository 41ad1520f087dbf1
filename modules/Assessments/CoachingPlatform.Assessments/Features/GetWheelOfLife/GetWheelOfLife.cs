using CoachingPlatform.Assessments.Domain;
using MediatR;

namespace CoachingPlatform.Assessments.Features.GetWheelOfLife;

/// <summary>The blank wheel: the areas to score, in the order the wheel draws them.</summary>
internal sealed record GetWheelOfLife : IRequest<WheelOfLife>;

internal sealed record WheelOfLife(IReadOnlyList<LifeArea> Areas);

internal sealed class GetWheelOfLifeHandler : IRequestHandler<GetWheelOfLife, WheelOfLife>
{
    public Task<WheelOfLife> Handle(GetWheelOfLife request, CancellationToken cancellationToken) =>
        Task.FromResult(new WheelOfLife(LifeAreas.All));
}

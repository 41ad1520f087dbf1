using CoachingPlatform.Assessments.Contracts;
using CoachingPlatform.Assessments.Domain;
using MediatR;

namespace CoachingPlatform.Assessments.Features.Wheel;

internal sealed class GetWheelOfLifeHandler : IRequestHandler<GetWheelOfLife, WheelOfLife>
{
    public Task<WheelOfLife> Handle(GetWheelOfLife request, CancellationToken cancellationToken) =>
        Task.FromResult(new WheelOfLife(LifeAreas.All));
}

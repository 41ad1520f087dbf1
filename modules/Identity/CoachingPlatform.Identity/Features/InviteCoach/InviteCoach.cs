using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Identity.Contracts;
using FluentValidation;
using MediatR;

namespace CoachingPlatform.Identity.Features.InviteCoach;

internal sealed record InviteCoach(string Email, string DisplayName, Guid AdminId) : IRequest<Guid>;

internal sealed class InviteCoachValidator : AbstractValidator<InviteCoach>
{
    public InviteCoachValidator()
    {
        RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(256).WithName("Email");
        RuleFor(r => r.DisplayName).NotEmpty().MaximumLength(120).WithName("Name");
    }
}

internal sealed class InviteCoachHandler(IMediator mediator) : IRequestHandler<InviteCoach, Guid>
{
    public async Task<Guid> Handle(InviteCoach request, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new FindUserByEmail(request.Email), cancellationToken) is not null)
        {
            throw new ConflictException("An account with this email already exists.");
        }

        var admin = await mediator.Send(new GetUserContact(request.AdminId), cancellationToken);
        var invited = await mediator.Send(new InviteUser(request.Email, request.DisplayName, Roles.Coach, admin?.DisplayName ?? "CoachingPlatform"), cancellationToken);
        return invited.UserId;
    }
}

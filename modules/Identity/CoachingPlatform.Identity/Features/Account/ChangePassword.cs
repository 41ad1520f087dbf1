using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Identity.Domain;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace CoachingPlatform.Identity.Features.Account;

/// <summary>
/// A signed-in person changes their password. UserManager renews the security stamp, so other sessions can be
/// ended; this browser's cookie is issued again when <paramref name="RefreshCookie"/> so it stays signed in.
/// </summary>
internal sealed record ChangePassword(Guid UserId, string CurrentPassword, string NewPassword, bool RefreshCookie) : IRequest<Unit>;

internal sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator()
    {
        RuleFor(r => r.CurrentPassword).NotEmpty().MaximumLength(200).WithName("Current password");
        RuleFor(r => r.NewPassword).NotEmpty().MaximumLength(200).WithName("New password");
    }
}

internal sealed class ChangePasswordHandler(SignInManager<AppUser> signIn) : IRequestHandler<ChangePassword, Unit>
{
    public async Task<Unit> Handle(ChangePassword request, CancellationToken cancellationToken)
    {
        var users = signIn.UserManager;
        var user = await users.FindByIdAsync(request.UserId.ToString()) ?? throw new NotFoundException("user", request.UserId);
        if (!await users.CheckPasswordAsync(user, request.CurrentPassword))
        {
            throw new ValidationException([new ValidationFailure("currentPassword", "The current password is not correct.")]);
        }

        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!result.Succeeded)
        {
            throw new ValidationException(result.Errors.Select(e => new ValidationFailure("newPassword", e.Description)));
        }

        if (request.RefreshCookie)
        {
            await signIn.RefreshSignInAsync(user);
        }

        return Unit.Value;
    }
}

using CoachingPlatform.Identity.Domain;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace CoachingPlatform.Identity.Features.SignIn;

/// <summary>Checks the password and signs in: with the application cookie for pages, else by writing a bearer token.</summary>
internal sealed record SignIn(string Email, string Password, bool UseCookies) : IRequest<bool>;

internal sealed class SignInValidator : AbstractValidator<SignIn>
{
    public SignInValidator()
    {
        RuleFor(r => r.Email).NotEmpty().MaximumLength(256);
        RuleFor(r => r.Password).NotEmpty().MaximumLength(200);
    }
}

internal sealed class SignInHandler(SignInManager<AppUser> signInManager) : IRequestHandler<SignIn, bool>
{
    public async Task<bool> Handle(SignIn request, CancellationToken cancellationToken)
    {
        var user = await signInManager.UserManager.FindByEmailAsync(request.Email.Trim());
        if (user is null)
        {
            return false;
        }

        signInManager.AuthenticationScheme = request.UseCookies ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signInManager.PasswordSignInAsync(user, request.Password, isPersistent: request.UseCookies, lockoutOnFailure: true);
        return result.Succeeded;
    }
}

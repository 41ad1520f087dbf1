using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.BuildingBlocks.Validation;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Identity.Contracts;
using CoachingPlatform.Identity.Domain;
using CoachingPlatform.Identity.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Identity.Features.PasswordReset;

internal sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordReset>
{
    public RequestPasswordResetValidator() => RuleFor(r => r.Email).Cascade(CascadeMode.Stop).NotEmpty().ValidEmail().MaximumLength(256).WithName("Email");
}

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator()
    {
        RuleFor(r => r.Token).NotEmpty().MaximumLength(100).WithName("Link");
        RuleFor(r => r.Password).NotEmpty().MaximumLength(200).WithName("New password");
    }
}

/// <summary>
/// Mails a reset link to an account that can sign in. The caller learns nothing either way (the endpoint
/// answers 202 always), so nobody can find out which addresses have accounts.
/// </summary>
internal sealed class RequestPasswordResetHandler(
    IdentityDbContext db, UserManager<AppUser> users, IOptions<AppOptions> app, TimeProvider clock)
    : IRequestHandler<RequestPasswordReset, Unit>
{
    public async Task<Unit> Handle(RequestPasswordReset request, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is null || !await users.HasPasswordAsync(user))
        {
            return Unit.Value;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.PasswordResets.Where(r => r.UserId == user.Id && r.ClosedAt == null).ToListAsync(cancellationToken);
        open.ForEach(r => r.Close(now));
        var (reset, token) = Domain.PasswordReset.Issue(user.Id, now);
        db.PasswordResets.Add(reset);
        var content = new EmailContent("Choose a new password", [
            $"Hello {user.DisplayName},",
            "Someone asked to reset the password of your CoachingPlatform account. If it was you, choose a new password with the button below.",
            $"The link works once and expires in {Domain.PasswordReset.Lifetime.TotalMinutes:0} minutes.",
            "If you did not ask for this, ignore this mail: your password stays as it is.",
        ])
        {
            Action = ("Choose a new password", app.Value.Link($"/password-reset/confirm?token={Uri.EscapeDataString(token)}")),
            Footer = "You receive this mail because a password reset was requested for this address on CoachingPlatform.",
        };
        db.Mail.Add(OutgoingMail.Create($"password-reset:{reset.Id}", content.To(user.Email!, "Reset your CoachingPlatform password", user.DisplayName), now));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>
/// Sets the new password through UserManager's reset, which also renews the security stamp so sessions
/// signed in with the old password can be ended; the link is closed in the same transaction.
/// </summary>
internal sealed class ResetPasswordHandler(IdentityDbContext db, UserManager<AppUser> users, TimeProvider clock) : IRequestHandler<ResetPassword, Unit>
{
    public async Task<Unit> Handle(ResetPassword request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = OneTimeToken.Hash(request.Token);
        var reset = await db.PasswordResets.SingleOrDefaultAsync(r => r.TokenHash == hash, cancellationToken);
        var user = reset is null ? null : await users.FindByIdAsync(reset.UserId.ToString());
        if (reset is null || user is null || !reset.IsUsable(now))
        {
            throw new ValidationException([new ValidationFailure("token",
                "This reset link has expired or was already used. Ask for a new one on the \"Forgot your password?\" page.")]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), request.Password);
        if (!result.Succeeded)
        {
            throw new ValidationException(result.Errors.Select(e => new ValidationFailure("password", e.Description)));
        }

        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        reset.Close(now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}

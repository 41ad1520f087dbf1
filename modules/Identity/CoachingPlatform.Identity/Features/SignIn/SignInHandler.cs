using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Identity.Contracts;
using CoachingPlatform.Identity.Domain;
using CoachingPlatform.Identity.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Identity.Features.SignIn;

internal sealed class SignInValidator : AbstractValidator<SignInWithPassword>
{
    public SignInValidator()
    {
        // An address is looked up and counted as typed: a control character (PostgreSQL cannot even compare
        // a NUL) can only be junk, refused here rather than failing in the database.
        RuleFor(r => r.Email).NotEmpty().MaximumLength(256)
            .Must(email => email is null || !email.Any(char.IsControl)).WithMessage("The email address cannot contain control characters.");
        RuleFor(r => r.Password).NotEmpty().MaximumLength(200);
    }
}

/// <summary>
/// Does the same work whether or not the address has an account (a password hash is checked either way,
/// and a failure is counted under the address either way), so neither the answer nor its timing tells
/// who has an account.
/// </summary>
internal sealed class SignInHandler(
    IdentityDbContext db,
    SignInManager<AppUser> signInManager,
    IPasswordHasher<AppUser> hasher,
    DummyPassword dummy,
    IOptions<SignInThrottleOptions> options,
    IOptions<AppOptions> app,
    TimeProvider clock) : IRequestHandler<SignInWithPassword, SignInOutcome>
{
    public async Task<SignInOutcome> Handle(SignInWithPassword request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var keys = new[] { SignInThrottle.AccountKey(request.Email), SignInThrottle.NetworkKey(request.NetworkAddress) };
        var throttles = await db.SignInThrottles.Where(t => keys.Contains(t.Key)).ToDictionaryAsync(t => t.Key, cancellationToken);
        var wait = throttles.Values.Select(t => t.RetryAfter(now)).Max();
        if (wait is not null)
        {
            return new SignInOutcome(false, [], wait);
        }

        var user = await signInManager.UserManager.FindByEmailAsync(request.Email.Trim());
        var verified = hasher.VerifyHashedPassword(user ?? dummy.User, user?.PasswordHash ?? dummy.Hash, request.Password);
        if (user?.PasswordHash is null || verified == PasswordVerificationResult.Failed || !await signInManager.CanSignInAsync(user))
        {
            await CountFailureAsync(keys, throttles, user, now, cancellationToken);
            return new SignInOutcome(false, [], null);
        }

        if (verified == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, request.Password);
            await signInManager.UserManager.UpdateAsync(user);
        }

        db.SignInThrottles.RemoveRange(throttles.Values.Where(t => t.Key == keys[0]));
        await db.SaveChangesAsync(cancellationToken);
        signInManager.AuthenticationScheme = request.UseCookies ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        await signInManager.SignInAsync(user, isPersistent: request.UseCookies);
        return new SignInOutcome(true, [.. await signInManager.UserManager.GetRolesAsync(user)], null);
    }

    private async Task CountFailureAsync(string[] keys, Dictionary<string, SignInThrottle> throttles, AppUser? user, DateTime now, CancellationToken ct)
    {
        var limits = options.Value;
        foreach (var key in keys)
        {
            if (!throttles.TryGetValue(key, out var throttle))
            {
                throttle = SignInThrottle.For(key);
                db.SignInThrottles.Add(throttle);
            }

            var isAccount = key == keys[0];
            var startsWaiting = throttle.RecordFailure(now, limits, isAccount ? limits.FreeAttemptsPerAccount : limits.FreeAttemptsPerNetworkAddress);
            if (isAccount && startsWaiting && user?.Email is not null)
            {
                var (token, hash) = SecretTokens.New();
                throttle.SetUnlockToken(hash);
                db.Mail.Add(OutgoingMail.Create($"sign-in-unlock:{hash}", UnlockMail(user, token), now));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private EmailMessage UnlockMail(AppUser user, string token) =>
        new EmailContent("Several sign-ins to your account failed", [
            $"Hello {user.DisplayName},",
            "Someone tried to sign in to your CoachingPlatform account with a wrong password several times, so further attempts now have to wait a little.",
            "If it was you, the link below lets you try again at once. If it was not you, your password kept them out; you may want to change it.",
        ])
        {
            Action = ("Let me sign in now", app.Value.Link($"/signin/unlock?token={Uri.EscapeDataString(token)}")),
            Footer = "The link works once. Nobody can lock you out for good: waits end on their own.",
        }.To(user.Email!, "Several sign-ins to your account failed", user.DisplayName);
}

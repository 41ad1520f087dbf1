using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.Identity.Contracts;
using CoachingPlatform.Identity.Domain;
using CoachingPlatform.Identity.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Identity.Features.Account;

/// <summary>
/// A client erases their account after confirming their password. Identity disables sign-in and keeps no
/// name or address (the row stays, anonymized, so ids elsewhere point at nobody), then tells every module
/// through AccountErased, in the same commit.
/// </summary>
internal sealed record EraseMyAccount(Guid UserId, string Password) : IRequest<Unit>;

internal sealed class EraseMyAccountValidator : AbstractValidator<EraseMyAccount>
{
    public EraseMyAccountValidator() => RuleFor(r => r.Password).NotEmpty().MaximumLength(200).WithName("Password");
}

internal sealed class EraseMyAccountHandler(IdentityDbContext db, UserManager<AppUser> users, TimeProvider clock) : IRequestHandler<EraseMyAccount, Unit>
{
    public const string ErasedName = "Former client";

    public async Task<Unit> Handle(EraseMyAccount request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString()) ?? throw new NotFoundException("user", request.UserId);
        if (!await users.CheckPasswordAsync(user, request.Password))
        {
            throw new ValidationException([new ValidationFailure("password", "The password is not correct.")]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var erased = new AccountErased(user.Id, user.Email!, user.DisplayName, now);
        var placeholder = $"erased-{user.Id:N}@erased.invalid";

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.Email = placeholder;
        user.NormalizedEmail = placeholder.ToUpperInvariant();
        user.UserName = placeholder;
        user.NormalizedUserName = placeholder.ToUpperInvariant();
        user.DisplayName = ErasedName;
        user.PasswordHash = null;
        user.PhoneNumber = null;
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        await users.UpdateSecurityStampAsync(user);

        db.Invitations.RemoveRange(await db.Invitations.Where(i => i.UserId == user.Id).ToListAsync(cancellationToken));
        db.PasswordResets.RemoveRange(await db.PasswordResets.Where(r => r.UserId == user.Id).ToListAsync(cancellationToken));
        db.Outbox.Add(OutboxMessage.From(erased, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}

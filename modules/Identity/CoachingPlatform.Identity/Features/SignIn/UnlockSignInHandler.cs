using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Identity.Contracts;
using CoachingPlatform.Identity.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Identity.Features.SignIn;

internal sealed class UnlockSignInHandler(IdentityDbContext db) : IRequestHandler<UnlockSignIn, bool>
{
    public async Task<bool> Handle(UnlockSignIn request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.Token) || request.Token.Length > 100)
        {
            return false;
        }

        var hash = SecretTokens.Hash(request.Token);
        var throttle = await db.SignInThrottles.SingleOrDefaultAsync(t => t.UnlockTokenHash == hash, cancellationToken);
        if (throttle is null)
        {
            return false;
        }

        db.SignInThrottles.Remove(throttle);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

using CoachingPlatform.Identity.Contracts;
using CoachingPlatform.Identity.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Identity.Integration;

internal sealed class GetUserContactHandler(IdentityDbContext db) : IRequestHandler<GetUserContact, UserContact?>
{
    public Task<UserContact?> Handle(GetUserContact request, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking()
            .Where(u => u.Id == request.UserId)
            .Select(u => new UserContact(u.Id, u.Email!, u.DisplayName, u.PasswordHash != null))
            .SingleOrDefaultAsync(cancellationToken);
}

internal sealed class FindUserByEmailHandler(IdentityDbContext db) : IRequestHandler<FindUserByEmail, UserContact?>
{
    public Task<UserContact?> Handle(FindUserByEmail request, CancellationToken cancellationToken)
    {
        var normalized = request.Email.Trim().ToUpperInvariant();
        return db.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail == normalized)
            .Select(u => new UserContact(u.Id, u.Email!, u.DisplayName, u.PasswordHash != null))
            .SingleOrDefaultAsync(cancellationToken);
    }
}

using CoachingPlatform.Assessments.Contracts;
using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Clients.Contracts;
using CoachingPlatform.Community.Contracts;
using CoachingPlatform.Identity.Domain;
using CoachingPlatform.Programs.Contracts;
using CoachingPlatform.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace CoachingPlatform.Identity.Features.Account;

/// <summary>
/// "My data": everything the platform holds about the caller, each module asked through its Contracts.
/// Identity gathers it because it owns the account every other record points to.
/// </summary>
internal sealed record ExportMyData(Guid UserId) : IRequest<MyDataExport>;

internal sealed record MyDataExport(
    DateTime ExportedAt,
    ProfileExport Profile,
    IReadOnlyList<CoachRelationshipExport> Coaches,
    ProgramsExport Programs,
    IReadOnlyList<AssessmentExport> Assessments,
    IReadOnlyList<CommentExport> Comments,
    SubscriptionExport? Subscription);

internal sealed record ProfileExport(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles);

internal sealed class ExportMyDataHandler(UserManager<AppUser> users, IMediator mediator, TimeProvider clock) : IRequestHandler<ExportMyData, MyDataExport>
{
    public async Task<MyDataExport> Handle(ExportMyData request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString()) ?? throw new NotFoundException("user", request.UserId);
        var roles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        var email = user.Email!;
        return new MyDataExport(
            clock.GetUtcNow().UtcDateTime,
            new ProfileExport(user.Id, email, user.DisplayName, roles),
            await mediator.Send(new ExportClientsData(user.Id), cancellationToken),
            await mediator.Send(new ExportProgramsData(user.Id), cancellationToken),
            await mediator.Send(new ExportAssessmentsData(user.Id), cancellationToken),
            await mediator.Send(new ExportCommunityData(email), cancellationToken),
            await mediator.Send(new ExportSubscriptionData(email), cancellationToken));
    }
}

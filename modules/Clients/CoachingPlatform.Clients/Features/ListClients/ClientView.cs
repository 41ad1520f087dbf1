using System.Linq.Expressions;
using CoachingPlatform.Clients.Domain;
using CoachingPlatform.Programs.Contracts;

namespace CoachingPlatform.Clients.Features.ListClients;

/// <summary>A client as the coach sees them: who they are and how their work is going.</summary>
internal sealed record ClientView(
    Guid Id,
    string Email,
    string DisplayName,
    string Status,
    DateTime InvitedAt,
    DateTime? ActivatedAt,
    int Assignments,
    int CompletedSteps,
    int TotalSteps,
    int Percent,
    DateTime? LastActivityAt,
    int Wins,
    int GratitudeStreak,
    bool NeedsSupport,
    IReadOnlyList<ProgramProgress> Programs)
{
    public static ClientView From(ClientRow client, ClientProgress? progress) => new(
        client.ClientId,
        client.Email,
        client.DisplayName,
        CoachClient.ForCoach(CoachClient.StatusOf(client.AwaitingConsent, client.ActivatedAt)),
        client.InvitedAt,
        client.ActivatedAt,
        progress?.Assignments ?? 0,
        progress?.CompletedSteps ?? 0,
        progress?.TotalSteps ?? 0,
        progress?.Percent ?? 0,
        progress?.LastActivityAt,
        progress?.Wins ?? 0,
        progress?.GratitudeStreak ?? 0,
        (progress?.OpenSupportRequests ?? 0) > 0,
        progress?.Programs ?? []);
}

/// <summary>The columns of a relationship the coach's views need, read without the rest of the row.</summary>
internal sealed record ClientRow(Guid ClientId, string Email, string DisplayName, bool AwaitingConsent, DateTime InvitedAt, DateTime? ActivatedAt, DateTime SharedSince)
{
    public static readonly Expression<Func<CoachClient, ClientRow>> Select = c =>
        new ClientRow(c.ClientId, c.Email, c.DisplayName, c.PendingAccountId != null, c.InvitedAt, c.ActivatedAt, c.SharedSince);
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Community;

/// <summary>The Community routes as a reader, a moderator and an editor call them.</summary>
public static class CommunityApi
{
    public const string GuideSlug = ArticleTests.GuideSlug;
    public const string GuidePath = $"/articles/{GuideSlug}";

    public static async Task<Submitted> PostCommentAsync(this HttpClient client, string body, string authorName = "Sam Rivera",
        string email = "sam@example.com", Guid? parentId = null, string slug = GuideSlug, string? website = null)
    {
        using var response = await client.PostAsJsonAsync($"/api/articles/{slug}/comments", new { authorName, email, body, parentId, website });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await response.ReadJsonAsync<Submitted>();
    }

    public static async Task<Decided> DecideAsync(this HttpClient admin, Guid commentId, string decision, Guid? version = null)
    {
        using var response = await admin.PostAsJsonAsync($"/api/moderation/comments/{commentId}/decision", new { decision, version });
        return await response.ReadJsonAsync<Decided>();
    }

    public static async Task<QueueItem[]> QueueAsync(this HttpClient admin, string status) =>
        await (await admin.GetAsync($"/api/moderation/comments?status={status}")).ReadJsonAsync<QueueItem[]>();

    public static async Task<QueueItem> QueuedAsync(this HttpClient admin, string status, Guid commentId) =>
        Assert.Single(await admin.QueueAsync(status), item => item.Id == commentId);

    public static async Task<PublicComment[]> PublicCommentsAsync(this HttpClient client, string slug = GuideSlug) =>
        await (await client.GetAsync($"/api/articles/{slug}/comments?pageSize=200")).ReadJsonAsync<PublicComment[]>();

    /// <summary>A comment by someone who already has an approved comment under the same name and email, so it is approved at once.</summary>
    public static async Task<Guid> PostApprovedAsync(this AppFixture app, string body, string authorName = "Sam Rivera", string email = "sam@example.com", Guid? parentId = null)
    {
        using var reader = app.CreateClient();
        var submitted = await reader.PostCommentAsync(body, authorName, email, parentId);
        if (submitted.Status != "approved")
        {
            using var admin = await app.SignInAsync(DemoUser.Admin);
            await admin.DecideAsync(submitted.Id, "approve");
        }

        return submitted.Id;
    }

    /// <summary>The events of one type written to the outbox, oldest first.</summary>
    public static async Task<List<JsonElement>> OutboxEventsAsync(this AppFixture app, string typeName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var payloads = new List<(DateTime, string)>();
        foreach (var store in scope.ServiceProvider.GetServices<IMessageStore>())
        {
            payloads.AddRange((await store.Outbox.AsNoTracking().Where(m => m.Type.StartsWith(typeName + ",")).ToListAsync())
                .Select(m => (m.OccurredAt, m.Payload)));
        }

        return payloads.OrderBy(p => p.Item1).Select(p => JsonDocument.Parse(p.Item2).RootElement.Clone()).ToList();
    }

    public sealed record Submitted(Guid Id, string Status);

    public sealed record Decided(Guid Id, string Status, Guid Version);

    public sealed record QueueItem(Guid Id, Guid? ParentId, string ArticleSlug, string ArticleTitle, string AuthorName, string Email, string Body,
        string Status, int SpamScore, string[] Reasons, int ReportCount, string[] ReportReasons, DateTimeOffset PostedAt, Guid Version);

    public sealed record PublicComment(Guid Id, Guid? ParentId, string AuthorName, string Body, DateTimeOffset PostedAt);
}

using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Infrastructure.Mail;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Features.Digests;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Subscriptions;

/// <summary>Subscribers, content and digest runs the way the app makes them: through its routes and its job's request.</summary>
public static class Newsletter
{
    public const string PreferencesPath = "/subscriptions/preferences";
    public const string ConfirmPath = "/subscriptions/confirm";

    /// <summary>Subscribes through the API and confirms with the mailed link.</summary>
    public static async Task SubscribeConfirmedAsync(this AppFixture app, string email, string frequency = "weekly")
    {
        await app.SubscribeAsync(email, frequency);
        var token = (await app.Mail.WaitForAsync(m => m.IsTo(email) && m.Subject.StartsWith("Confirm", StringComparison.Ordinal), $"confirmation to {email}")).TokenFrom(ConfirmPath);
        using var client = app.CreateClient();
        using var confirmed = await client.PostAsJsonAsync("/api/subscriptions/confirm", new { token });
        confirmed.EnsureSuccessStatusCode();
        app.Mail.Clear();
    }

    public static async Task SubscribeAsync(this AppFixture app, string email, string frequency = "weekly")
    {
        using var client = app.CreateClient();
        using var subscribed = await client.PostAsJsonAsync("/api/subscriptions", new { email, frequency });
        Assert.Equal(HttpStatusCode.Accepted, subscribed.StatusCode);
        await app.Outbox.WaitUntilHandledAsync();
    }

    /// <summary>An admin publishes an article; waits until the newsletter has its copy.</summary>
    public static async Task PublishArticleAsync(this AppFixture app, string title, string body = "Trust grows when small promises are kept, one day at a time.")
    {
        using var admin = await app.SignInAsync(DemoUser.Admin);
        using var created = await admin.PostAsJsonAsync("/api/articles", new { title, body });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await app.Outbox.WaitUntilHandledAsync();
    }

    /// <summary>One run of the digest job, as Hangfire runs it; waits until its mails are sent.</summary>
    public static async Task<Guid> RunDigestAsync(this AppFixture app, string frequency = "weekly")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var runId = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SendDigests(DigestFrequencies.Parse(frequency)));
        await app.Outbox.WaitUntilHandledAsync();
        return runId;
    }

    public static IReadOnlyList<ReceivedMail> DigestsTo(this AppFixture app, string email) =>
        app.Mail.To(email).Where(m => m.Subject.StartsWith("Your ", StringComparison.Ordinal)).ToList();

    /// <summary>The manage token in a digest's preferences link.</summary>
    public static string ManageToken(this ReceivedMail digest) => digest.TokenFrom(PreferencesPath);
}

using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Delivery;

/// <summary>
/// The delivery promises, each broken on purpose: a mail server that is down, a consumer that throws, and
/// two processes working on one database. Support requests are the probe: each one is one event whose
/// consumer queues one mail to the coach, whose text carries the request's own message.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DeliveryFaultTests(AppFixture app) : IntegrationTest(app)
{
    private static readonly TimeSpan PastAnyBackoff = TimeSpan.FromHours(2);

    /// <summary>
    /// For tests that move the clock past any backoff: only the test runs the workers, so no lease of a
    /// worker still busy expires under it (in real time a lease outlives the work by far).
    /// </summary>
    private static readonly (string, string?) ManualDelivery = ("Messaging:DispatchInBackground", "false");

    [Fact]
    public async Task Mail_queued_while_the_mail_server_is_down_arrives_once_when_it_is_back()
    {
        await using var isolated = new IsolatedHost();
        var host = isolated.Start(App, configure: null, ManualDelivery);
        using var sam = await host.CreateClient().WithBearerTokenOfAsync(DemoUser.Client.Email, DemoUser.Password);
        var messages = await SupportRequests.RaiseAsync(sam, 5);

        await DeliverWithRetriesAsync(host.Services, async () => await UnsentMailsAsync(host.Services) is { Queued: 5, Failed: > 0 });
        await using var server = await isolated.StartMailServerAsync();
        await DeliverWithRetriesAsync(host.Services, () => Task.FromResult(server.Inbox.All.Count >= 5));
        await new OutboxProbe(host.Services).WaitUntilHandledAsync();

        Assert.All(messages, message => Assert.Single(server.Inbox.All, m => m.Text.Contains(message, StringComparison.Ordinal)));
        Assert.Equal(5, server.Inbox.All.Count);
    }

    [Fact]
    public async Task A_consumer_that_fails_a_few_times_is_retried_until_its_effect_happens_once()
    {
        var flaky = new FlakyContacts { FailuresLeft = 3 };
        await using var isolated = new IsolatedHost();
        await using var server = await isolated.StartMailServerAsync();
        var host = isolated.Start(App, flaky.AddTo, ManualDelivery);
        using var sam = await host.CreateClient().WithBearerTokenOfAsync(DemoUser.Client.Email, DemoUser.Password);
        var messages = await SupportRequests.RaiseAsync(sam, 1);

        await DeliverWithRetriesAsync(host.Services, () => Task.FromResult(server.Inbox.All.Count > 0));
        await new OutboxProbe(host.Services).WaitUntilHandledAsync();

        var handled = await InboxRowsAsync(host.Services);
        Assert.Equal(0, flaky.FailuresLeft);
        Assert.Single(server.Inbox.All, m => m.Text.Contains(messages[0], StringComparison.Ordinal));
        Assert.Equal(3, Assert.Single(handled, m => m.Consumer.EndsWith("SupportRequestedConsumer", StringComparison.Ordinal)).Attempts);
    }

    [Fact]
    public async Task A_consumer_that_always_fails_ends_as_a_dead_letter_an_admin_sees_and_retries()
    {
        var flaky = new FlakyContacts();
        await using var isolated = new IsolatedHost();
        await using var server = await isolated.StartMailServerAsync();
        var host = isolated.Start(App, flaky.AddTo, ManualDelivery, ("Delivery:MaxAttempts", "3"));
        using var sam = await host.CreateClient().WithBearerTokenOfAsync(DemoUser.Client.Email, DemoUser.Password);
        flaky.FailuresLeft = -1;
        await SupportRequests.RaiseAsync(sam, 1);
        var probe = new OutboxProbe(host.Services);

        await DeliverWithRetriesAsync(host.Services, async () => await host.Services.GetRequiredService<DeadLetters>().CountAsync(default) > 0);
        using var admin = await host.CreateClient().WithBearerTokenOfAsync(DemoUser.Admin.Email, DemoUser.Password);
        var dead = Assert.Single(await admin.GetFromJsonAsync<List<DeadLetter>>("/api/admin/deliveries") ?? []);
        using var healthClient = host.CreateClient();
        var health = await Readiness.OfAsync(healthClient);
        flaky.FailuresLeft = 0;
        using var retried = await admin.PostAsync($"/api/admin/deliveries/{dead.Kind}/{dead.Id}/retry", content: null);
        await probe.WaitUntilHandledAsync();

        Assert.Equal("message", dead.Kind);
        Assert.Contains("SupportRequestedConsumer", dead.Description, StringComparison.Ordinal);
        Assert.Equal(3, dead.Attempts);
        Assert.Contains("failed on purpose", dead.Error, StringComparison.Ordinal);
        Assert.Equal("Degraded", health.Status);
        Assert.Equal("Degraded", health.Checks["deliveries"]);
        Assert.Equal(HttpStatusCode.NoContent, retried.StatusCode);
        Assert.Single(server.Inbox.All);
        Assert.Empty(await admin.GetFromJsonAsync<List<DeadLetter>>("/api/admin/deliveries") ?? []);
    }

    [Fact]
    public async Task Two_hosts_dispatching_one_database_at_once_have_every_effect_exactly_once()
    {
        await using var isolated = new IsolatedHost();
        await using var server = await isolated.StartMailServerAsync();
        var first = isolated.Start(App);
        var second = isolated.Start(App);
        using var onFirst = await first.CreateClient().WithBearerTokenOfAsync(DemoUser.Client.Email, DemoUser.Password);
        using var onSecond = await second.CreateClient().WithBearerTokenOfAsync(DemoUser.Client.Email, DemoUser.Password);

        var raised = await Task.WhenAll(SupportRequests.RaiseAsync(onFirst, 100, "first"), SupportRequests.RaiseAsync(onSecond, 100, "second"));
        await Task.WhenAll(new OutboxProbe(first.Services).WaitUntilHandledAsync(TimeSpan.FromSeconds(60)), new OutboxProbe(second.Services).WaitUntilHandledAsync(TimeSpan.FromSeconds(60)));

        var texts = server.Inbox.All.Select(m => m.Text).ToList();
        var inbox = await InboxRowsAsync(first.Services);
        Assert.All(raised.SelectMany(r => r), message => Assert.Single(texts, t => t.Contains(message, StringComparison.Ordinal)));
        Assert.Equal(200, texts.Count);
        Assert.Equal(200, inbox.Count(m => m.Consumer.EndsWith("SupportRequestedConsumer", StringComparison.Ordinal) && m.ProcessedAt != null));
    }

    /// <summary>
    /// Lets time pass beyond any backoff and runs the host's workers, again and again, until <paramref name="done"/>
    /// (the host's own loops may take some of the work meanwhile: the claims keep that safe).
    /// </summary>
    private async Task DeliverWithRetriesAsync(IServiceProvider host, Func<Task<bool>> done)
    {
        for (var round = 0; round < 40 && !await done(); round++)
        {
            App.Clock.Advance(PastAnyBackoff);
            await host.GetRequiredService<OutboxDispatcher>().DrainAsync();
            await host.GetRequiredService<InboxProcessor>().DrainAsync();
            await host.GetRequiredService<MailDispatcher>().DrainAsync();
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }

        Assert.True(await done(), "the deliveries did not reach the expected state");
    }

    private static async Task<(int Queued, int Failed)> UnsentMailsAsync(IServiceProvider host)
    {
        await using var scope = host.CreateAsyncScope();
        int queued = 0, failed = 0;
        foreach (var store in scope.ServiceProvider.GetServices<IMessageStore>())
        {
            queued += await store.Mail.CountAsync(m => m.ProcessedAt == null);
            failed += await store.Mail.CountAsync(m => m.Attempts > 0 && m.ProcessedAt == null);
        }

        return (queued, failed);
    }

    private static async Task<List<InboxMessage>> InboxRowsAsync(IServiceProvider host)
    {
        await using var scope = host.CreateAsyncScope();
        var rows = new List<InboxMessage>();
        foreach (var store in scope.ServiceProvider.GetServices<IMessageStore>())
        {
            rows.AddRange(await store.Inbox.AsNoTracking().ToListAsync());
        }

        return rows;
    }
}

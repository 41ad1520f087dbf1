using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Delivery;

/// <summary>
/// How the mail queue uses its SMTP connections: a backlog spreads over several, never more than
/// <c>Email:Smtp:Connections</c>, each mail sent once; a few mails go out over one.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MailConnectionTests(AppFixture app) : IntegrationTest(app)
{
    private static readonly (string, string?) ManualDelivery = ("Messaging:DispatchInBackground", "false");

    [Fact]
    public async Task A_backlog_goes_out_over_several_connections_but_no_more_than_configured_and_each_mail_once()
    {
        await using var isolated = new IsolatedHost();
        await using var server = await isolated.StartMailServerAsync();
        var host = isolated.Start(App, configure: null, ManualDelivery, ("Email:Smtp:Connections", "3"), ("Delivery:BatchSize", "10"));
        var addresses = await QueuedMail.AddAsync(host.Services, App.Clock, "connections-test", 120);

        await host.Services.GetRequiredService<MailDispatcher>().DrainAsync();

        Assert.Equal(addresses.Order(), server.Inbox.All.SelectMany(m => m.Recipients).Order());
        Assert.InRange(server.MostSessionsAtOnce, 2, 3);
        Assert.Equal(0, (await new OutboxProbe(host.Services).PendingAsync()).Count);
    }

    [Fact]
    public async Task A_few_mails_go_out_over_one_connection()
    {
        await using var isolated = new IsolatedHost();
        await using var server = await isolated.StartMailServerAsync();
        var host = isolated.Start(App, configure: null, ManualDelivery, ("Email:Smtp:Connections", "3"), ("Delivery:BatchSize", "10"));
        var addresses = await QueuedMail.AddAsync(host.Services, App.Clock, "connections-test", 6);

        await host.Services.GetRequiredService<MailDispatcher>().DrainAsync();

        Assert.Equal(addresses.Order(), server.Inbox.All.SelectMany(m => m.Recipients).Order());
        Assert.Equal(1, server.Sessions);
    }
}

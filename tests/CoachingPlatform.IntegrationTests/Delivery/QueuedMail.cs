using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Delivery;

/// <summary>Mails written straight into a module's mail queue, one per reader, as a handler queues them.</summary>
internal static class QueuedMail
{
    /// <summary>Queues <paramref name="count"/> mails keyed by <paramref name="test"/> and returns their addresses.</summary>
    public static async Task<List<string>> AddAsync(IServiceProvider host, TimeProvider clock, string test, int count)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = host.CreateAsyncScope();
        var store = scope.ServiceProvider.GetServices<IMessageStore>().First();
        var addresses = Enumerable.Range(1, count).Select(i => $"reader{i:0000}@example.com").ToList();
        foreach (var address in addresses)
        {
            store.Mail.Add(OutgoingMail.Create($"{test}:{address}", new EmailMessage(address, "Hello", "<p>Hello</p>", "Hello"), now));
        }

        await store.Context.SaveChangesAsync();
        return addresses;
    }
}

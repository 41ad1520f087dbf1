using System.Text;

namespace CoachingPlatform.BuildingBlocks.Messaging.RabbitMq;

/// <summary>
/// One durable queue per inbox consumer, named after the consumer, the same on every node so that the
/// nodes compete for its messages: <c>CoachingPlatform.Programs.Consumers.SupportRequestedConsumer</c>
/// listens on <c>programs.consumers.support-requested-consumer</c>. MassTransit moves what it gives up on
/// to the queue's <c>_error</c> queue, and what no consumer there accepts to its <c>_skipped</c> queue.
/// </summary>
public static class QueueNames
{
    private const string RootNamespace = "CoachingPlatform.";

    public const string ErrorSuffix = "_error";

    public const string SkippedSuffix = "_skipped";

    public static string Of(Type consumer)
    {
        var name = consumer.FullName!;
        if (name.StartsWith(RootNamespace, StringComparison.Ordinal))
        {
            name = name[RootNamespace.Length..];
        }

        return string.Join('.', name.Split('.').Select(Kebab));
    }

    private static string Kebab(string segment)
    {
        var text = new StringBuilder(segment.Length + 8);
        for (var i = 0; i < segment.Length; i++)
        {
            var c = segment[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(segment[i - 1]) || (i + 1 < segment.Length && char.IsLower(segment[i + 1]))))
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}

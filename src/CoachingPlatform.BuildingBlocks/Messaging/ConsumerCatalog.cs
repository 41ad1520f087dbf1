using System.Reflection;

namespace CoachingPlatform.BuildingBlocks.Messaging;

/// <summary>
/// Every inbox consumer of the scanned modules: by the name its inbox rows carry, with its message type and
/// the DbContext of the module it belongs to (the consumer's assembly is its module).
/// </summary>
public sealed class ConsumerCatalog
{
    private readonly Dictionary<string, Entry> byName;
    private readonly HashSet<Type> messages;

    public ConsumerCatalog(IEnumerable<Type> consumers, IEnumerable<ModuleStore> stores)
    {
        var storeOf = stores.ToDictionary(s => s.ContextType.Assembly);
        byName = consumers.ToDictionary(NameOf, c => new Entry(c, MessageTypeOf(c)!, storeOf.TryGetValue(c.Assembly, out var store)
            ? store.ContextType
            : throw new InvalidOperationException($"The module of consumer {c.FullName} registers no DbContext.")));
        messages = byName.Values.Select(e => e.Message).ToHashSet();
    }

    public IEnumerable<Entry> All => byName.Values;

    public bool HasConsumersOf(Type message) => messages.Contains(message);

    public Entry Find(string name) =>
        byName.TryGetValue(name, out var entry) ? entry : throw new InvalidOperationException($"No consumer named '{name}'.");

    public static string NameOf(Type consumer) => consumer.FullName!;

    /// <summary>The transport's consumer that stores messages for <paramref name="consumer"/> in its module's inbox.</summary>
    internal static Type InboxWriterOf(Type consumer) => typeof(InboxWriter<,>).MakeGenericType(MessageTypeOf(consumer)!, consumer);

    public static IEnumerable<Type> Scan(IEnumerable<Assembly> assemblies) =>
        assemblies.SelectMany(a => a.GetTypes()).Where(t => t is { IsClass: true, IsAbstract: false } && MessageTypeOf(t) is not null);

    public static Type? MessageTypeOf(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(InboxConsumer<>))
            {
                return current.GetGenericArguments()[0];
            }
        }

        return null;
    }

    public sealed record Entry(Type Consumer, Type Message, Type ContextType)
    {
        public string Name => NameOf(Consumer);
    }
}

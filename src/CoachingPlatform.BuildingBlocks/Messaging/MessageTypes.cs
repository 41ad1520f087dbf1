using System.Collections.Concurrent;
using System.Text.Json;

namespace CoachingPlatform.BuildingBlocks.Messaging;

internal static class MessageTypes
{
    private static readonly ConcurrentDictionary<string, Type> Cache = new();

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Type and assembly name without version, so a message outlives an upgrade of its assembly.</summary>
    public static string NameOf(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static Type Resolve(string name) => Cache.GetOrAdd(name, n =>
        System.Type.GetType(n, throwOnError: false) ?? throw new InvalidOperationException($"Unknown message type '{n}'."));

    public static object Read(string typeName, string payload, Guid id, out Type type)
    {
        type = Resolve(typeName);
        return JsonSerializer.Deserialize(payload, type, Json)
            ?? throw new InvalidOperationException($"Message {id} has an empty payload.");
    }
}

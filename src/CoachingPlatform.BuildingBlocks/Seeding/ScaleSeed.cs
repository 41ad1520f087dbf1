using System.Buffers.Binary;

namespace CoachingPlatform.BuildingBlocks.Seeding;

/// <summary>
/// Demo data at the size the benchmarks ask for (<c>Seed:Scale=true</c>, off by default): bench coaches
/// each with their share of bench clients part-way through the built-in program, published articles with
/// approved comments, and confirmed newsletter subscribers. Every module seeds its own part through its
/// own DbContext; ids and addresses follow from the index, so no module has to ask another for them.
/// </summary>
public static class ScaleSeed
{
    public const string Key = "Seed:Scale";

    public const int Coaches = 50;
    public const int Clients = 2_000;
    public const int Articles = 20;
    public const int ApprovedComments = 5_000;

    /// <summary>Comments waiting for a moderator, so the moderation queue has a page to show.</summary>
    public const int PendingComments = 200;
    public const int Subscribers = 100_000;

    public static string CoachEmail(int index) => $"bench-coach{index}@example.com";

    public static string ClientEmail(int index) => $"bench-client{index}@example.com";

    public static Guid CoachId(int index) => Id(1, index);

    public static Guid ClientId(int index) => Id(2, index);

    /// <summary>Clients are shared round the coaches, 40 each.</summary>
    public static int CoachOf(int clientIndex) => clientIndex % Coaches;

    // A fixed, recognizable prefix per kind keeps the ids stable from one seeding to the next.
    private static Guid Id(byte kind, int index)
    {
        Span<byte> bytes = stackalloc byte[16];
        bytes[0] = 0xbe;
        bytes[1] = 0xec;
        bytes[2] = kind;
        BinaryPrimitives.WriteInt32BigEndian(bytes[12..], index);
        return new Guid(bytes, bigEndian: true);
    }
}

using BenchmarkDotNet.Attributes;
using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.Benchmarks;

/// <summary>
/// One dispatcher pass over a SQLite outbox holding a batch of due events: claim, hand each to the
/// transport (here one that only reads the event back), mark processed, save. The transport's own cost
/// (consumers' inboxes) is left out: this is what the outbox adds.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class OutboxDispatch
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"outbox-bench-{Guid.NewGuid():N}.db");
    private ServiceProvider services = null!;
    private OutboxDispatcher dispatcher = null!;

    [Params(50)]
    public int Batch { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddOptions().Configure<DeliveryOptions>(o => o.BatchSize = Batch).Configure<AppOptions>(_ => { })
            .AddDbContext<BenchDbContext>(o => o.UseSqlite($"Data Source={file};Pooling=true"))
            .AddSingleton(new ModuleStore(typeof(BenchDbContext)))
            .AddSingleton<IEventTransport, ReadingTransport>()
            .AddSingleton<OutboxDispatcher>()
            .BuildServiceProvider();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
        db.Database.EnsureCreated();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        dispatcher = services.GetRequiredService<OutboxDispatcher>();
    }

    [IterationSetup]
    public void Fill()
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
        var now = DateTime.UtcNow.AddSeconds(-1);
        for (var i = 0; i < Batch; i++)
        {
            db.Outbox.Add(OutboxMessage.From(new SomethingHappened(Guid.CreateVersion7(), $"event {i}", now), now));
        }

        db.SaveChanges();
    }

    [Benchmark]
    public Task<int> DispatchBatch() => dispatcher.RunOnceAsync();

    [GlobalCleanup]
    public void Cleanup()
    {
        services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(file + suffix);
        }
    }

    private sealed class ReadingTransport : IEventTransport
    {
        public Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            message.ReadEvent(out _);
            return Task.CompletedTask;
        }
    }
}

public sealed record SomethingHappened(Guid Id, string What, DateTime At);

public sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : ModuleDbContext(options)
{
    protected override string Schema => "bench";
}

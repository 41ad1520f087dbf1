using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CoachingPlatform.BuildingBlocks.Delivery;

/// <summary>
/// The claim on PostgreSQL: the candidates are chosen with <c>FOR UPDATE SKIP LOCKED</c>, so workers on
/// several nodes that look at once take different rows instead of queueing behind each other's locks and
/// coming back empty. The ORDER BY and LIMIT stay inside this SQL: composed by LINQ around a locking query
/// they would lock every due row. The row lock re-checks the "due and unclaimed" condition on the newest
/// version of each row, so two workers still never own the same row.
/// </summary>
internal static class SkipLockedClaims
{
    public static bool Applies<T>(DbSet<T> rows)
        where T : class => rows.GetService<ICurrentDbContext>().Context.Database.IsNpgsql();

    /// <summary>Not cancellable: once the update runs, its rows must be read back (see <see cref="Claims"/>).</summary>
    public static Task<int> ClaimAsync<T>(DbSet<T> rows, string owner, DateTime now, DateTime until, int batchSize)
        where T : DeliveryItem
    {
        var context = rows.GetService<ICurrentDbContext>().Context;
        var entity = context.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => $"\"{entity.FindProperty(property)!.GetColumnName(table)}\"";
        var name = table.Schema is null ? $"\"{table.Name}\"" : $"\"{table.Schema}\".\"{table.Name}\"";
        var (id, lockedBy, lockedUntil, next) = (Column(nameof(DeliveryItem.Id)), Column(nameof(DeliveryItem.LockedBy)),
            Column(nameof(DeliveryItem.LockedUntil)), Column(nameof(DeliveryItem.NextAttemptAt)));

        var sql = $$"""
            UPDATE {{name}} SET {{lockedBy}} = {0}, {{lockedUntil}} = {1}
            WHERE {{id}} IN (
                SELECT {{id}} FROM {{name}}
                WHERE {{Column(nameof(DeliveryItem.ProcessedAt))}} IS NULL AND {{Column(nameof(DeliveryItem.DeadAt))}} IS NULL
                  AND {{next}} <= {2} AND ({{lockedUntil}} IS NULL OR {{lockedUntil}} < {2})
                ORDER BY {{next}}, {{id}}
                LIMIT {3}
                FOR UPDATE SKIP LOCKED)
            """;
        return context.Database.ExecuteSqlRawAsync(sql, [owner, until, now, batchSize], CancellationToken.None);
    }
}

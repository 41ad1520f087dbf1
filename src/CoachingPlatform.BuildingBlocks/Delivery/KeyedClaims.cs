using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CoachingPlatform.BuildingBlocks.Delivery;

/// <summary>
/// The claim's UPDATE by key where the provider has no SKIP LOCKED (SQLite, SQL Server): one statement per
/// candidate, by primary key, repeating the "due and unclaimed" condition. It is one command object, built
/// from the model (table, columns, quoting, value conversions) and executed once per candidate with new
/// parameter values, so SQLite compiles it once per claim; translating a LINQ update per candidate cost more
/// than the update itself. The updates share one transaction (unless the caller has one open already), so a
/// claim commits once, not once per row: on SQLite each commit appends the row's pages to the WAL.
/// </summary>
internal static class KeyedClaims
{
    public static async Task<int> ClaimAsync<T>(DbSet<T> rows, IReadOnlyList<Guid> candidates, string owner, DateTime now, DateTime until)
        where T : DeliveryItem
    {
        var context = rows.GetService<ICurrentDbContext>().Context;
        var sql = context.GetService<ISqlGenerationHelper>();
        var entity = context.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        IProperty Property(string name) => entity.FindProperty(name)!;
        string Column(string name) => sql.DelimitIdentifier(Property(name).GetColumnName(table)!);
        string Slot(string name) => sql.GenerateParameterNamePlaceholder(name);
        var (lockedBy, lockedUntil) = (Column(nameof(DeliveryItem.LockedBy)), Column(nameof(DeliveryItem.LockedUntil)));

        await context.Database.OpenConnectionAsync(CancellationToken.None);
        IDbContextTransaction? own = null;
        try
        {
            own = context.Database.CurrentTransaction is null ? await context.Database.BeginTransactionAsync(CancellationToken.None) : null;
            await using var command = context.Database.GetDbConnection().CreateCommand();
            command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandTimeout = context.Database.GetCommandTimeout() ?? 30;
            command.CommandText =
                $"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} SET {lockedBy} = {Slot("owner")}, {lockedUntil} = {Slot("until")} " +
                $"WHERE {Column(nameof(DeliveryItem.Id))} = {Slot("id")} AND {Column(nameof(DeliveryItem.ProcessedAt))} IS NULL " +
                $"AND {Column(nameof(DeliveryItem.DeadAt))} IS NULL AND {Column(nameof(DeliveryItem.NextAttemptAt))} <= {Slot("now")} " +
                $"AND ({lockedUntil} IS NULL OR {lockedUntil} < {Slot("now")})";
            command.Parameters.Add(Property(nameof(DeliveryItem.LockedBy)).GetRelationalTypeMapping().CreateParameter(command, sql.GenerateParameterName("owner"), owner, nullable: true));
            command.Parameters.Add(Property(nameof(DeliveryItem.LockedUntil)).GetRelationalTypeMapping().CreateParameter(command, sql.GenerateParameterName("until"), until, nullable: true));
            command.Parameters.Add(Property(nameof(DeliveryItem.NextAttemptAt)).GetRelationalTypeMapping().CreateParameter(command, sql.GenerateParameterName("now"), now, nullable: false));
            var (idType, idName) = (Property(nameof(DeliveryItem.Id)).GetRelationalTypeMapping(), sql.GenerateParameterName("id"));

            // Not cancellable halfway: a row claimed here must be read back by the caller.
            var claimed = 0;
            foreach (var candidate in candidates)
            {
                if (command.Parameters.Contains(idName))
                {
                    command.Parameters.Remove(command.Parameters[idName]);
                }

                command.Parameters.Add(idType.CreateParameter(command, idName, candidate, nullable: false));
                claimed += await command.ExecuteNonQueryAsync(CancellationToken.None);
            }

            if (own is not null)
            {
                await own.CommitAsync(CancellationToken.None);
            }

            return claimed;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }

            await context.Database.CloseConnectionAsync();
        }
    }
}

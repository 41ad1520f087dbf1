using CoachingPlatform.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
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
        var table = TableSql.Of<T>(context);
        var (lockedBy, lockedUntil) = (table.Column(nameof(DeliveryItem.LockedBy)), table.Column(nameof(DeliveryItem.LockedUntil)));

        await context.Database.OpenConnectionAsync(CancellationToken.None);
        IDbContextTransaction? own = null;
        try
        {
            own = context.Database.CurrentTransaction is null ? await context.Database.BeginTransactionAsync(CancellationToken.None) : null;
            await using var command = context.Database.GetDbConnection().CreateCommand();
            command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandTimeout = context.Database.GetCommandTimeout() ?? 30;
            command.CommandText =
                $"UPDATE {table.Table} SET {lockedBy} = {table.Slot("owner")}, {lockedUntil} = {table.Slot("until")} " +
                $"WHERE {table.Column(nameof(DeliveryItem.Id))} = {table.Slot("id")} AND {table.Column(nameof(DeliveryItem.ProcessedAt))} IS NULL " +
                $"AND {table.Column(nameof(DeliveryItem.DeadAt))} IS NULL AND {table.Column(nameof(DeliveryItem.NextAttemptAt))} <= {table.Slot("now")} " +
                $"AND ({lockedUntil} IS NULL OR {lockedUntil} < {table.Slot("now")})";
            command.Parameters.Add(table.Parameter(command, "owner", nameof(DeliveryItem.LockedBy), owner));
            command.Parameters.Add(table.Parameter(command, "until", nameof(DeliveryItem.LockedUntil), until));
            command.Parameters.Add(table.Parameter(command, "now", nameof(DeliveryItem.NextAttemptAt), now));
            var idName = table.ParameterName("id");

            // Not cancellable halfway: a row claimed here must be read back by the caller.
            var claimed = 0;
            foreach (var candidate in candidates)
            {
                if (command.Parameters.Contains(idName))
                {
                    command.Parameters.Remove(command.Parameters[idName]);
                }

                command.Parameters.Add(table.Parameter(command, "id", nameof(DeliveryItem.Id), candidate));
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

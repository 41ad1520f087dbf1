using System.Data.Common;
using CoachingPlatform.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.BuildingBlocks.Email;

/// <summary>
/// Marks one mail sent: a single UPDATE in its own implicit transaction, on a connection kept open for the
/// lane and with one command object reused for every mail (SQLite keeps its statement compiled), so the
/// window between the server's acceptance and the commit holds no query translation, no change tracking and
/// no connection opening. The SQL is built from the model (table, columns, the provider's quoting and value
/// conversions), so it works on every provider. It only matches while this worker still owns the claim.
/// </summary>
internal sealed class SentMark : IAsyncDisposable
{
    private readonly DbCommand command;
    private readonly TableSql table;

    private SentMark(DbContext context)
    {
        table = TableSql.Of<OutgoingMail>(context);
        command = context.Database.GetDbConnection().CreateCommand();
        command.CommandTimeout = context.Database.GetCommandTimeout() ?? 30;
        command.CommandText =
            $"UPDATE {table.Table} SET {table.Column(nameof(OutgoingMail.ProcessedAt))} = {table.Slot("sent_at")}, " +
            $"{table.Column(nameof(OutgoingMail.Error))} = NULL, {table.Column(nameof(OutgoingMail.LockedBy))} = NULL, {table.Column(nameof(OutgoingMail.LockedUntil))} = NULL " +
            $"WHERE {table.Column(nameof(OutgoingMail.Id))} = {table.Slot("id")} AND {table.Column(nameof(OutgoingMail.LockedBy))} = {table.Slot("owner")}";
    }

    /// <summary>Opens the context's connection for the lane's life and builds the command on it.</summary>
    public static async Task<SentMark> OpenAsync(DbContext context, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        return new SentMark(context);
    }

    /// <summary>False when the claim was no longer this worker's (its lease ran out and another took the mail).</summary>
    public async Task<bool> MarkAsync(OutgoingMail mail, DateTime now)
    {
        command.Parameters.Clear();
        command.Parameters.Add(table.Parameter(command, "sent_at", nameof(OutgoingMail.ProcessedAt), now));
        command.Parameters.Add(table.Parameter(command, "id", nameof(OutgoingMail.Id), mail.Id));
        command.Parameters.Add(table.Parameter(command, "owner", nameof(OutgoingMail.LockedBy), mail.LockedBy));

        // Not cancellable: the mail is already with the server, and the mark is what keeps it from going twice.
        return await command.ExecuteNonQueryAsync(CancellationToken.None) == 1;
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();
}

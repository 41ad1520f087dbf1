using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

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
    private readonly RelationalTypeMapping idType;
    private readonly RelationalTypeMapping ownerType;
    private readonly RelationalTypeMapping timeType;
    private readonly string idName;
    private readonly string ownerName;
    private readonly string timeName;

    private SentMark(DbContext context)
    {
        var sql = context.GetService<ISqlGenerationHelper>();
        var entity = context.Model.FindEntityType(typeof(OutgoingMail)) ?? throw new InvalidOperationException("The context maps no mail queue.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        IProperty Property(string name) => entity.FindProperty(name)!;
        string Column(string name) => sql.DelimitIdentifier(Property(name).GetColumnName(table)!);

        idType = Property(nameof(OutgoingMail.Id)).GetRelationalTypeMapping();
        ownerType = Property(nameof(OutgoingMail.LockedBy)).GetRelationalTypeMapping();
        timeType = Property(nameof(OutgoingMail.ProcessedAt)).GetRelationalTypeMapping();
        (idName, ownerName, timeName) = (sql.GenerateParameterName("id"), sql.GenerateParameterName("owner"), sql.GenerateParameterName("sent_at"));

        command = context.Database.GetDbConnection().CreateCommand();
        command.CommandTimeout = context.Database.GetCommandTimeout() ?? 30;
        command.CommandText =
            $"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} SET {Column(nameof(OutgoingMail.ProcessedAt))} = {sql.GenerateParameterNamePlaceholder("sent_at")}, " +
            $"{Column(nameof(OutgoingMail.Error))} = NULL, {Column(nameof(OutgoingMail.LockedBy))} = NULL, {Column(nameof(OutgoingMail.LockedUntil))} = NULL " +
            $"WHERE {Column(nameof(OutgoingMail.Id))} = {sql.GenerateParameterNamePlaceholder("id")} AND {Column(nameof(OutgoingMail.LockedBy))} = {sql.GenerateParameterNamePlaceholder("owner")}";
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
        command.Parameters.Add(timeType.CreateParameter(command, timeName, now, nullable: true));
        command.Parameters.Add(idType.CreateParameter(command, idName, mail.Id, nullable: false));
        command.Parameters.Add(ownerType.CreateParameter(command, ownerName, mail.LockedBy, nullable: true));

        // Not cancellable: the mail is already with the server, and the mark is what keeps it from going twice.
        return await command.ExecuteNonQueryAsync(CancellationToken.None) == 1;
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();
}

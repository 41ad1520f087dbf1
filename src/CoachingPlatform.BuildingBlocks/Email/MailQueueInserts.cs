using System.Data.Common;
using CoachingPlatform.BuildingBlocks.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CoachingPlatform.BuildingBlocks.Email;

/// <summary>
/// Queues many mails at once for a bulk run (a digest batch): one INSERT, built from the model (table, columns,
/// quoting, value conversions), prepared once and executed per mail inside the caller's transaction, instead of
/// change tracking and a generated statement per mail (EF's update pipeline was most of a digest run's CPU).
/// It needs the caller's open transaction: the mails commit with the change that causes them, as with
/// <c>Mail.Add</c>. A key queued already fails the insert like a save would: a <see cref="DbUpdateException"/>
/// whose inner exception is the provider's unique violation. The delivery loop is not woken by this: the
/// caller signals <see cref="Delivery.DeliverySignals"/> after its commit.
/// </summary>
public static class MailQueueInserts
{
    public static async Task InsertMailAsync(this DbContext context, IReadOnlyCollection<OutgoingMail> mails, CancellationToken cancellationToken)
    {
        var transaction = context.Database.CurrentTransaction ?? throw new InvalidOperationException("Queue mails inside the transaction of the change that causes them.");
        if (mails.Count == 0)
        {
            return;
        }

        var sql = context.GetService<ISqlGenerationHelper>();
        var entity = context.Model.FindEntityType(typeof(OutgoingMail)) ?? throw new InvalidOperationException("The context maps no mail queue.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Select((p, i) => (Property: p, Mapping: p.GetRelationalTypeMapping(), Name: sql.GenerateParameterName($"p{i}"))).ToList();

        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandTimeout = context.Database.GetCommandTimeout() ?? 30;
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)))}) " +
            $"VALUES ({string.Join(", ", columns.Select((c, i) => sql.GenerateParameterNamePlaceholder($"p{i}")))})";
        foreach (var mail in mails)
        {
            command.Parameters.Clear();
            foreach (var (property, mapping, name) in columns)
            {
                command.Parameters.Add(mapping.CreateParameter(command, name, property.GetGetter().GetClrValue(mail), property.IsNullable));
            }

            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (DbException e) when (DbErrors.IsUniqueViolation(new DbUpdateException(e.Message, e)))
            {
                throw new DbUpdateException($"Mail {mail.Key} is queued already.", e);
            }
        }
    }
}

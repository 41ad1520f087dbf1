using System.Data.Common;
using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
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

        var table = TableSql.Of<OutgoingMail>(context);
        var columns = table.Entity.GetProperties().Select((p, i) => (Property: p, Slot: $"p{i}")).ToList();

        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandTimeout = context.Database.GetCommandTimeout() ?? 30;
        command.CommandText =
            $"INSERT INTO {table.Table} ({string.Join(", ", columns.Select(c => table.Column(c.Property)))}) " +
            $"VALUES ({string.Join(", ", columns.Select(c => table.Slot(c.Slot)))})";
        foreach (var mail in mails)
        {
            command.Parameters.Clear();
            foreach (var (property, slot) in columns)
            {
                command.Parameters.Add(table.Parameter(command, slot, property, property.GetGetter().GetClrValue(mail)));
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

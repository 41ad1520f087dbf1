using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Community.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Delivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The inbox becomes a queue keyed by its own id. Its earlier rows only recorded messages already
            // handled, whose outbox rows are all processed, so nothing is lost by starting it empty.
            migrationBuilder.Sql("DELETE FROM \"community_inbox_messages\";");

            migrationBuilder.DropIndex(
                name: "IX_community_outbox_messages_ProcessedAt_OccurredAt",
                table: "community_outbox_messages");

            migrationBuilder.DropPrimaryKey(
                name: "PK_community_inbox_messages",
                table: "community_inbox_messages");

            migrationBuilder.AddColumn<DateTime>(
                name: "DeadAt",
                table: "community_outbox_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DiscardedAt",
                table: "community_outbox_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LockedBy",
                table: "community_outbox_messages",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LockedUntil",
                table: "community_outbox_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NextAttemptAt",
                table: "community_outbox_messages",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AlterColumn<DateTime>(
                name: "ProcessedAt",
                table: "community_inbox_messages",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(DateTime),
                oldType: "TEXT");

            migrationBuilder.AddColumn<Guid>(
                name: "Id",
                table: "community_inbox_messages",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "community_inbox_messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeadAt",
                table: "community_inbox_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DiscardedAt",
                table: "community_inbox_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Error",
                table: "community_inbox_messages",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LockedBy",
                table: "community_inbox_messages",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LockedUntil",
                table: "community_inbox_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NextAttemptAt",
                table: "community_inbox_messages",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "Payload",
                table: "community_inbox_messages",
                type: "TEXT",
                maxLength: 2147483647,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "ReceivedAt",
                table: "community_inbox_messages",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "Type",
                table: "community_inbox_messages",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_community_inbox_messages",
                table: "community_inbox_messages",
                column: "Id");

            migrationBuilder.CreateTable(
                name: "community_mail_queue",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    ToName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Html = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false),
                    Headers = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    LockedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeadAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DiscardedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_mail_queue", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_community_outbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                table: "community_outbox_messages",
                columns: new[] { "ProcessedAt", "DeadAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_community_inbox_messages_MessageId_Consumer",
                table: "community_inbox_messages",
                columns: new[] { "MessageId", "Consumer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_community_inbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                table: "community_inbox_messages",
                columns: new[] { "ProcessedAt", "DeadAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_community_mail_queue_Key",
                table: "community_mail_queue",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_community_mail_queue_ProcessedAt_DeadAt_NextAttemptAt",
                table: "community_mail_queue",
                columns: new[] { "ProcessedAt", "DeadAt", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "community_mail_queue");

            migrationBuilder.DropIndex(
                name: "IX_community_outbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                table: "community_outbox_messages");

            migrationBuilder.DropPrimaryKey(
                name: "PK_community_inbox_messages",
                table: "community_inbox_messages");

            migrationBuilder.DropIndex(
                name: "IX_community_inbox_messages_MessageId_Consumer",
                table: "community_inbox_messages");

            migrationBuilder.DropIndex(
                name: "IX_community_inbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                table: "community_inbox_messages");

            migrationBuilder.DropColumn(
                name: "DeadAt",
                table: "community_outbox_messages");

            migrationBuilder.DropColumn(
                name: "DiscardedAt",
                table: "community_outbox_messages");

            migrationBuilder.DropColumn(
                name: "LockedBy",
                table: "community_outbox_messages");

            migrationBuilder.DropColumn(
                name: "LockedUntil",
                table: "community_outbox_messages");

            migrationBuilder.DropColumn(
                name: "NextAttemptAt",
                table: "community_outbox_messages");

            migrationBuilder.DropColumn(
                name: "Id",
                table: "community_inbox_messages");

            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "community_inbox_messages");

            migrationBuilder.DropColumn(
                name: "DeadAt",
                table: "community_inbox_messages");

            migrationBuilder.DropColumn(
                name: "DiscardedAt",
                table: "community_inbox_messages");

            migrationBuilder.DropColumn(
                name: "Error",
                table: "community_inbox_messages");

            migrationBuilder.DropColumn(
                name: "LockedBy",
                table: "community_inbox_messages");

            migrationBuilder.DropColumn(
                name: "LockedUntil",
                table: "community_inbox_messages");

            migrationBuilder.DropColumn(
                name: "NextAttemptAt",
                table: "community_inbox_messages");

            migrationBuilder.DropColumn(
                name: "Payload",
                table: "community_inbox_messages");

            migrationBuilder.DropColumn(
                name: "ReceivedAt",
                table: "community_inbox_messages");

            migrationBuilder.DropColumn(
                name: "Type",
                table: "community_inbox_messages");

            migrationBuilder.AlterColumn<DateTime>(
                name: "ProcessedAt",
                table: "community_inbox_messages",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified),
                oldClrType: typeof(DateTime),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_community_inbox_messages",
                table: "community_inbox_messages",
                columns: new[] { "MessageId", "Consumer" });

            migrationBuilder.CreateIndex(
                name: "IX_community_outbox_messages_ProcessedAt_OccurredAt",
                table: "community_outbox_messages",
                columns: new[] { "ProcessedAt", "OccurredAt" });
        }
    }
}

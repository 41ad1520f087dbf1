using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Programs.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class Delivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The inbox becomes a queue keyed by its own id. Its earlier rows only recorded messages already
            // handled, whose outbox rows are all processed, so nothing is lost by starting it empty.
            migrationBuilder.Sql("DELETE FROM [programs].[inbox_messages];");

            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_ProcessedAt_OccurredAt",
                schema: "programs",
                table: "outbox_messages");

            migrationBuilder.DropPrimaryKey(
                name: "PK_inbox_messages",
                schema: "programs",
                table: "inbox_messages");

            migrationBuilder.AddColumn<DateTime>(
                name: "FirstAssignedAt",
                schema: "programs",
                table: "trust_programs",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                schema: "programs",
                table: "trust_programs",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                schema: "programs",
                table: "step_completions",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateTime>(
                name: "DeadAt",
                schema: "programs",
                table: "outbox_messages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DiscardedAt",
                schema: "programs",
                table: "outbox_messages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LockedBy",
                schema: "programs",
                table: "outbox_messages",
                type: "nvarchar(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LockedUntil",
                schema: "programs",
                table: "outbox_messages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NextAttemptAt",
                schema: "programs",
                table: "outbox_messages",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AlterColumn<DateTime>(
                name: "ProcessedAt",
                schema: "programs",
                table: "inbox_messages",
                type: "datetime2",
                nullable: true,
                oldClrType: typeof(DateTime),
                oldType: "datetime2");

            migrationBuilder.AddColumn<Guid>(
                name: "Id",
                schema: "programs",
                table: "inbox_messages",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                schema: "programs",
                table: "inbox_messages",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeadAt",
                schema: "programs",
                table: "inbox_messages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DiscardedAt",
                schema: "programs",
                table: "inbox_messages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Error",
                schema: "programs",
                table: "inbox_messages",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LockedBy",
                schema: "programs",
                table: "inbox_messages",
                type: "nvarchar(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LockedUntil",
                schema: "programs",
                table: "inbox_messages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NextAttemptAt",
                schema: "programs",
                table: "inbox_messages",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "Payload",
                schema: "programs",
                table: "inbox_messages",
                type: "nvarchar(max)",
                maxLength: 2147483647,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "ReceivedAt",
                schema: "programs",
                table: "inbox_messages",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "Type",
                schema: "programs",
                table: "inbox_messages",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_inbox_messages",
                schema: "programs",
                table: "inbox_messages",
                column: "Id");

            migrationBuilder.CreateTable(
                name: "mail_queue",
                schema: "programs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    To = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: false),
                    ToName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Subject = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Html = table.Column<string>(type: "nvarchar(max)", maxLength: 2147483647, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 2147483647, nullable: false),
                    Headers = table.Column<string>(type: "nvarchar(max)", maxLength: 2147483647, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LockedBy = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: true),
                    LockedUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Error = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ProcessedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeadAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DiscardedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mail_queue", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                schema: "programs",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "DeadAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_inbox_messages_MessageId_Consumer",
                schema: "programs",
                table: "inbox_messages",
                columns: new[] { "MessageId", "Consumer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                schema: "programs",
                table: "inbox_messages",
                columns: new[] { "ProcessedAt", "DeadAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_assignments_CoachId_ClientId_ProgramId",
                schema: "programs",
                table: "assignments",
                columns: new[] { "CoachId", "ClientId", "ProgramId" },
                unique: true,
                filter: "\"CompletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_mail_queue_Key",
                schema: "programs",
                table: "mail_queue",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mail_queue_ProcessedAt_DeadAt_NextAttemptAt",
                schema: "programs",
                table: "mail_queue",
                columns: new[] { "ProcessedAt", "DeadAt", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mail_queue",
                schema: "programs");

            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                schema: "programs",
                table: "outbox_messages");

            migrationBuilder.DropPrimaryKey(
                name: "PK_inbox_messages",
                schema: "programs",
                table: "inbox_messages");

            migrationBuilder.DropIndex(
                name: "IX_inbox_messages_MessageId_Consumer",
                schema: "programs",
                table: "inbox_messages");

            migrationBuilder.DropIndex(
                name: "IX_inbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                schema: "programs",
                table: "inbox_messages");

            migrationBuilder.DropIndex(
                name: "IX_assignments_CoachId_ClientId_ProgramId",
                schema: "programs",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "FirstAssignedAt",
                schema: "programs",
                table: "trust_programs");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "programs",
                table: "trust_programs");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "programs",
                table: "step_completions");

            migrationBuilder.DropColumn(
                name: "DeadAt",
                schema: "programs",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "DiscardedAt",
                schema: "programs",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "LockedBy",
                schema: "programs",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "LockedUntil",
                schema: "programs",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "NextAttemptAt",
                schema: "programs",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "Id",
                schema: "programs",
                table: "inbox_messages");

            migrationBuilder.DropColumn(
                name: "Attempts",
                schema: "programs",
                table: "inbox_messages");

            migrationBuilder.DropColumn(
                name: "DeadAt",
                schema: "programs",
                table: "inbox_messages");

            migrationBuilder.DropColumn(
                name: "DiscardedAt",
                schema: "programs",
                table: "inbox_messages");

            migrationBuilder.DropColumn(
                name: "Error",
                schema: "programs",
                table: "inbox_messages");

            migrationBuilder.DropColumn(
                name: "LockedBy",
                schema: "programs",
                table: "inbox_messages");

            migrationBuilder.DropColumn(
                name: "LockedUntil",
                schema: "programs",
                table: "inbox_messages");

            migrationBuilder.DropColumn(
                name: "NextAttemptAt",
                schema: "programs",
                table: "inbox_messages");

            migrationBuilder.DropColumn(
                name: "Payload",
                schema: "programs",
                table: "inbox_messages");

            migrationBuilder.DropColumn(
                name: "ReceivedAt",
                schema: "programs",
                table: "inbox_messages");

            migrationBuilder.DropColumn(
                name: "Type",
                schema: "programs",
                table: "inbox_messages");

            migrationBuilder.AlterColumn<DateTime>(
                name: "ProcessedAt",
                schema: "programs",
                table: "inbox_messages",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified),
                oldClrType: typeof(DateTime),
                oldType: "datetime2",
                oldNullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_inbox_messages",
                schema: "programs",
                table: "inbox_messages",
                columns: new[] { "MessageId", "Consumer" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt_OccurredAt",
                schema: "programs",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "OccurredAt" });
        }
    }
}

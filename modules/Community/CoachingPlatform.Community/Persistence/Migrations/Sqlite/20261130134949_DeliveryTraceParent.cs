using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Community.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class DeliveryTraceParent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TraceParent",
                table: "community_outbox_messages",
                type: "TEXT",
                maxLength: 55,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TraceParent",
                table: "community_mail_queue",
                type: "TEXT",
                maxLength: 55,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TraceParent",
                table: "community_inbox_messages",
                type: "TEXT",
                maxLength: 55,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TraceParent",
                table: "community_outbox_messages");

            migrationBuilder.DropColumn(
                name: "TraceParent",
                table: "community_mail_queue");

            migrationBuilder.DropColumn(
                name: "TraceParent",
                table: "community_inbox_messages");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Assessments.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class DeliveryTraceParent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TraceParent",
                schema: "assessments",
                table: "outbox_messages",
                type: "nvarchar(55)",
                maxLength: 55,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TraceParent",
                schema: "assessments",
                table: "mail_queue",
                type: "nvarchar(55)",
                maxLength: 55,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TraceParent",
                schema: "assessments",
                table: "inbox_messages",
                type: "nvarchar(55)",
                maxLength: 55,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TraceParent",
                schema: "assessments",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "TraceParent",
                schema: "assessments",
                table: "mail_queue");

            migrationBuilder.DropColumn(
                name: "TraceParent",
                schema: "assessments",
                table: "inbox_messages");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Subscriptions.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class CoachDigests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ShowNextStep",
                schema: "subscriptions",
                table: "subscribers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "coach_digests",
                schema: "subscriptions",
                columns: table => new
                {
                    CoachId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Enabled = table.Column<bool>(type: "bit", nullable: false),
                    LastWeek = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    LastSentAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coach_digests", x => x.CoachId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "coach_digests",
                schema: "subscriptions");

            migrationBuilder.DropColumn(
                name: "ShowNextStep",
                schema: "subscriptions",
                table: "subscribers");
        }
    }
}

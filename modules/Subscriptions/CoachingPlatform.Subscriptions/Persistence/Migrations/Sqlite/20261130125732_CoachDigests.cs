using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Subscriptions.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class CoachDigests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ShowNextStep",
                table: "subscriptions_subscribers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "subscriptions_coach_digests",
                columns: table => new
                {
                    CoachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastWeek = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    LastSentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subscriptions_coach_digests", x => x.CoachId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "subscriptions_coach_digests");

            migrationBuilder.DropColumn(
                name: "ShowNextStep",
                table: "subscriptions_subscribers");
        }
    }
}

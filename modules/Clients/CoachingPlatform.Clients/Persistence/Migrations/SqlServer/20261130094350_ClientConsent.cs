using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Clients.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class ClientConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ConsentExpiresAt",
                schema: "clients",
                table: "coach_clients",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConsentTokenHash",
                schema: "clients",
                table: "coach_clients",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PendingAccountId",
                schema: "clients",
                table: "coach_clients",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SharedSince",
                schema: "clients",
                table: "coach_clients",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateIndex(
                name: "IX_coach_clients_ConsentTokenHash",
                schema: "clients",
                table: "coach_clients",
                column: "ConsentTokenHash",
                unique: true,
                filter: "[ConsentTokenHash] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_coach_clients_ConsentTokenHash",
                schema: "clients",
                table: "coach_clients");

            migrationBuilder.DropColumn(
                name: "ConsentExpiresAt",
                schema: "clients",
                table: "coach_clients");

            migrationBuilder.DropColumn(
                name: "ConsentTokenHash",
                schema: "clients",
                table: "coach_clients");

            migrationBuilder.DropColumn(
                name: "PendingAccountId",
                schema: "clients",
                table: "coach_clients");

            migrationBuilder.DropColumn(
                name: "SharedSince",
                schema: "clients",
                table: "coach_clients");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Clients.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ClientConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ConsentExpiresAt",
                table: "clients_coach_clients",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConsentTokenHash",
                table: "clients_coach_clients",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PendingAccountId",
                table: "clients_coach_clients",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SharedSince",
                table: "clients_coach_clients",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateIndex(
                name: "IX_clients_coach_clients_ConsentTokenHash",
                table: "clients_coach_clients",
                column: "ConsentTokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_clients_coach_clients_ConsentTokenHash",
                table: "clients_coach_clients");

            migrationBuilder.DropColumn(
                name: "ConsentExpiresAt",
                table: "clients_coach_clients");

            migrationBuilder.DropColumn(
                name: "ConsentTokenHash",
                table: "clients_coach_clients");

            migrationBuilder.DropColumn(
                name: "PendingAccountId",
                table: "clients_coach_clients");

            migrationBuilder.DropColumn(
                name: "SharedSince",
                table: "clients_coach_clients");
        }
    }
}

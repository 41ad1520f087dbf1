using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Programs.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class AccountsAndCare : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Reply",
                table: "programs_support_requests",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "programs_step_drafts",
                columns: table => new
                {
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StepId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reflection = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CheckedItems = table.Column<string>(type: "TEXT", nullable: true),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programs_step_drafts", x => new { x.AssignmentId, x.StepId });
                    table.ForeignKey(
                        name: "FK_programs_step_drafts_programs_assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "programs_assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_programs_support_requests_ClientId_RequestedAt",
                table: "programs_support_requests",
                columns: new[] { "ClientId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_programs_step_drafts_ClientId",
                table: "programs_step_drafts",
                column: "ClientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "programs_step_drafts");

            migrationBuilder.DropIndex(
                name: "IX_programs_support_requests_ClientId_RequestedAt",
                table: "programs_support_requests");

            migrationBuilder.DropColumn(
                name: "Reply",
                table: "programs_support_requests");
        }
    }
}

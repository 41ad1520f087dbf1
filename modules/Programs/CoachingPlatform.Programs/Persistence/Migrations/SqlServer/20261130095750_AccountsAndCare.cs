using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Programs.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class AccountsAndCare : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Reply",
                schema: "programs",
                table: "support_requests",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "step_drafts",
                schema: "programs",
                columns: table => new
                {
                    AssignmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StepId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reflection = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    CheckedItems = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SavedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_step_drafts", x => new { x.AssignmentId, x.StepId });
                    table.ForeignKey(
                        name: "FK_step_drafts_assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalSchema: "programs",
                        principalTable: "assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_support_requests_ClientId_RequestedAt",
                schema: "programs",
                table: "support_requests",
                columns: new[] { "ClientId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_step_drafts_ClientId",
                schema: "programs",
                table: "step_drafts",
                column: "ClientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "step_drafts",
                schema: "programs");

            migrationBuilder.DropIndex(
                name: "IX_support_requests_ClientId_RequestedAt",
                schema: "programs",
                table: "support_requests");

            migrationBuilder.DropColumn(
                name: "Reply",
                schema: "programs",
                table: "support_requests");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Programs.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class WheelRetakeMilestones : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "RetakeWheel",
                schema: "programs",
                table: "program_steps",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "program_suggestions",
                schema: "programs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CoachId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GrowthAreas = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    SuggestedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DismissedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_program_suggestions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_program_suggestions_CoachId_ClientId_DismissedAt",
                schema: "programs",
                table: "program_suggestions",
                columns: new[] { "CoachId", "ClientId", "DismissedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "program_suggestions",
                schema: "programs");

            migrationBuilder.DropColumn(
                name: "RetakeWheel",
                schema: "programs",
                table: "program_steps");
        }
    }
}

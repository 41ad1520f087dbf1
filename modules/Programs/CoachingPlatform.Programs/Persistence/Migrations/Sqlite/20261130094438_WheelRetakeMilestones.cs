using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Programs.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class WheelRetakeMilestones : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "RetakeWheel",
                table: "programs_program_steps",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "programs_program_suggestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GrowthAreas = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    SuggestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DismissedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programs_program_suggestions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_programs_program_suggestions_CoachId_ClientId_DismissedAt",
                table: "programs_program_suggestions",
                columns: new[] { "CoachId", "ClientId", "DismissedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "programs_program_suggestions");

            migrationBuilder.DropColumn(
                name: "RetakeWheel",
                table: "programs_program_steps");
        }
    }
}

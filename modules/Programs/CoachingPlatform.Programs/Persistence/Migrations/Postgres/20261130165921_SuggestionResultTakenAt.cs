using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Programs.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class SuggestionResultTakenAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ResultTakenAt",
                schema: "programs",
                table: "program_suggestions",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ResultTakenAt",
                schema: "programs",
                table: "program_suggestions");
        }
    }
}

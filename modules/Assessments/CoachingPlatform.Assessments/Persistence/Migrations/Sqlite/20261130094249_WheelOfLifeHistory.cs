using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Assessments.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class WheelOfLifeHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "assessments_wheel_of_life_scores",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TargetDate",
                table: "assessments_wheel_of_life_goals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TargetScore",
                table: "assessments_wheel_of_life_goals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClaimTokenHash",
                table: "assessments_wheel_of_life_assessments",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedAt",
                table: "assessments_wheel_of_life_assessments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "assessments_retake_invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WeekKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    InvitedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments_retake_invitations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assessments_wheel_of_life_assessments_ClaimTokenHash",
                table: "assessments_wheel_of_life_assessments",
                column: "ClaimTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessments_retake_invitations_ClientId_CoachId_InvitedAt",
                table: "assessments_retake_invitations",
                columns: new[] { "ClientId", "CoachId", "InvitedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_assessments_retake_invitations_WeekKey",
                table: "assessments_retake_invitations",
                column: "WeekKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessments_retake_invitations");

            migrationBuilder.DropIndex(
                name: "IX_assessments_wheel_of_life_assessments_ClaimTokenHash",
                table: "assessments_wheel_of_life_assessments");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "assessments_wheel_of_life_scores");

            migrationBuilder.DropColumn(
                name: "TargetDate",
                table: "assessments_wheel_of_life_goals");

            migrationBuilder.DropColumn(
                name: "TargetScore",
                table: "assessments_wheel_of_life_goals");

            migrationBuilder.DropColumn(
                name: "ClaimTokenHash",
                table: "assessments_wheel_of_life_assessments");

            migrationBuilder.DropColumn(
                name: "ClaimedAt",
                table: "assessments_wheel_of_life_assessments");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Assessments.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class WheelOfLifeHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Note",
                schema: "assessments",
                table: "wheel_of_life_scores",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TargetDate",
                schema: "assessments",
                table: "wheel_of_life_goals",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TargetScore",
                schema: "assessments",
                table: "wheel_of_life_goals",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClaimTokenHash",
                schema: "assessments",
                table: "wheel_of_life_assessments",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedAt",
                schema: "assessments",
                table: "wheel_of_life_assessments",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "retake_invitations",
                schema: "assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CoachId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    WeekKey = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: true),
                    InvitedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_retake_invitations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_wheel_of_life_assessments_ClaimTokenHash",
                schema: "assessments",
                table: "wheel_of_life_assessments",
                column: "ClaimTokenHash",
                unique: true,
                filter: "[ClaimTokenHash] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_retake_invitations_ClientId_CoachId_InvitedAt",
                schema: "assessments",
                table: "retake_invitations",
                columns: new[] { "ClientId", "CoachId", "InvitedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_retake_invitations_WeekKey",
                schema: "assessments",
                table: "retake_invitations",
                column: "WeekKey",
                unique: true,
                filter: "[WeekKey] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "retake_invitations",
                schema: "assessments");

            migrationBuilder.DropIndex(
                name: "IX_wheel_of_life_assessments_ClaimTokenHash",
                schema: "assessments",
                table: "wheel_of_life_assessments");

            migrationBuilder.DropColumn(
                name: "Note",
                schema: "assessments",
                table: "wheel_of_life_scores");

            migrationBuilder.DropColumn(
                name: "TargetDate",
                schema: "assessments",
                table: "wheel_of_life_goals");

            migrationBuilder.DropColumn(
                name: "TargetScore",
                schema: "assessments",
                table: "wheel_of_life_goals");

            migrationBuilder.DropColumn(
                name: "ClaimTokenHash",
                schema: "assessments",
                table: "wheel_of_life_assessments");

            migrationBuilder.DropColumn(
                name: "ClaimedAt",
                schema: "assessments",
                table: "wheel_of_life_assessments");
        }
    }
}

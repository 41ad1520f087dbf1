using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Assessments.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assessments_inbox_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments_inbox_messages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "assessments_outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assessments_wheel_of_life_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TakenAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments_wheel_of_life_assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assessments_wheel_of_life_goals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments_wheel_of_life_goals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessments_wheel_of_life_goals_assessments_wheel_of_life_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "assessments_wheel_of_life_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessments_wheel_of_life_scores",
                columns: table => new
                {
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments_wheel_of_life_scores", x => new { x.AssessmentId, x.Area });
                    table.ForeignKey(
                        name: "FK_assessments_wheel_of_life_scores_assessments_wheel_of_life_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "assessments_wheel_of_life_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assessments_outbox_messages_ProcessedAt_OccurredAt",
                table: "assessments_outbox_messages",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_assessments_wheel_of_life_assessments_OwnerId_TakenAt",
                table: "assessments_wheel_of_life_assessments",
                columns: new[] { "OwnerId", "TakenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_assessments_wheel_of_life_goals_AssessmentId_Position",
                table: "assessments_wheel_of_life_goals",
                columns: new[] { "AssessmentId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessments_inbox_messages");

            migrationBuilder.DropTable(
                name: "assessments_outbox_messages");

            migrationBuilder.DropTable(
                name: "assessments_wheel_of_life_goals");

            migrationBuilder.DropTable(
                name: "assessments_wheel_of_life_scores");

            migrationBuilder.DropTable(
                name: "assessments_wheel_of_life_assessments");
        }
    }
}

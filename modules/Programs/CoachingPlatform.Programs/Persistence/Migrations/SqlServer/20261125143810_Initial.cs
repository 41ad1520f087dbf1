using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Programs.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "programs");

            migrationBuilder.CreateTable(
                name: "assignments",
                schema: "programs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CoachId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProgramTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TotalSteps = table.Column<int>(type: "int", nullable: false),
                    PaceDays = table.Column<int>(type: "int", nullable: true),
                    AssignedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastActivityAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "client_preferences",
                schema: "programs",
                columns: table => new
                {
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TimeZone = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    QuietHoursStart = table.Column<TimeOnly>(type: "time", nullable: false),
                    QuietHoursEnd = table.Column<TimeOnly>(type: "time", nullable: false),
                    WeeklyReminderBudget = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_client_preferences", x => x.ClientId);
                });

            migrationBuilder.CreateTable(
                name: "gratitude_entries",
                schema: "programs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Items = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gratitude_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "programs",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Consumer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "programs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", maxLength: 2147483647, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    Error = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "step_reminders",
                schema: "programs",
                columns: table => new
                {
                    AssignmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StepId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SentAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_step_reminders", x => new { x.AssignmentId, x.StepId });
                });

            migrationBuilder.CreateTable(
                name: "support_requests",
                schema: "programs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CoachId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StepId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    StepTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Message = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RequestedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ResolvedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trust_programs",
                schema: "programs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    OwnerCoachId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    BuiltInKey = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trust_programs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wins",
                schema: "programs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wins", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "step_completions",
                schema: "programs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StepId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StepOrder = table.Column<int>(type: "int", nullable: false),
                    StepTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Reflection = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    CheckedItems = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SharedWithCoach = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_step_completions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_step_completions_assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalSchema: "programs",
                        principalTable: "assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "program_steps",
                schema: "programs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    WhyItMatters = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    HowTo = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Tip = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Checklist = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Prompts = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_program_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_program_steps_trust_programs_ProgramId",
                        column: x => x.ProgramId,
                        principalSchema: "programs",
                        principalTable: "trust_programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assignments_ClientId",
                schema: "programs",
                table: "assignments",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_assignments_CoachId_ClientId",
                schema: "programs",
                table: "assignments",
                columns: new[] { "CoachId", "ClientId" });

            migrationBuilder.CreateIndex(
                name: "IX_assignments_ProgramId",
                schema: "programs",
                table: "assignments",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_gratitude_entries_ClientId_Day",
                schema: "programs",
                table: "gratitude_entries",
                columns: new[] { "ClientId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt_OccurredAt",
                schema: "programs",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_program_steps_ProgramId_Order",
                schema: "programs",
                table: "program_steps",
                columns: new[] { "ProgramId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_step_completions_AssignmentId_StepId",
                schema: "programs",
                table: "step_completions",
                columns: new[] { "AssignmentId", "StepId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_step_reminders_ClientId_SentAt",
                schema: "programs",
                table: "step_reminders",
                columns: new[] { "ClientId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_support_requests_CoachId_ClientId_ResolvedAt",
                schema: "programs",
                table: "support_requests",
                columns: new[] { "CoachId", "ClientId", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_trust_programs_BuiltInKey",
                schema: "programs",
                table: "trust_programs",
                column: "BuiltInKey",
                unique: true,
                filter: "[BuiltInKey] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_trust_programs_OwnerCoachId",
                schema: "programs",
                table: "trust_programs",
                column: "OwnerCoachId");

            migrationBuilder.CreateIndex(
                name: "IX_wins_ClientId_RecordedAt",
                schema: "programs",
                table: "wins",
                columns: new[] { "ClientId", "RecordedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "client_preferences",
                schema: "programs");

            migrationBuilder.DropTable(
                name: "gratitude_entries",
                schema: "programs");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "programs");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "programs");

            migrationBuilder.DropTable(
                name: "program_steps",
                schema: "programs");

            migrationBuilder.DropTable(
                name: "step_completions",
                schema: "programs");

            migrationBuilder.DropTable(
                name: "step_reminders",
                schema: "programs");

            migrationBuilder.DropTable(
                name: "support_requests",
                schema: "programs");

            migrationBuilder.DropTable(
                name: "wins",
                schema: "programs");

            migrationBuilder.DropTable(
                name: "trust_programs",
                schema: "programs");

            migrationBuilder.DropTable(
                name: "assignments",
                schema: "programs");
        }
    }
}

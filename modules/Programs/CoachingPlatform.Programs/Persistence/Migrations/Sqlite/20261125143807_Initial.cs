using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Programs.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "programs_assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TotalSteps = table.Column<int>(type: "INTEGER", nullable: false),
                    PaceDays = table.Column<int>(type: "INTEGER", nullable: true),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastActivityAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programs_assignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "programs_client_preferences",
                columns: table => new
                {
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    QuietHoursStart = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    QuietHoursEnd = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    WeeklyReminderBudget = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programs_client_preferences", x => x.ClientId);
                });

            migrationBuilder.CreateTable(
                name: "programs_gratitude_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Items = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programs_gratitude_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "programs_inbox_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programs_inbox_messages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "programs_outbox_messages",
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
                    table.PrimaryKey("PK_programs_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "programs_step_reminders",
                columns: table => new
                {
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StepId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programs_step_reminders", x => new { x.AssignmentId, x.StepId });
                });

            migrationBuilder.CreateTable(
                name: "programs_support_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StepId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StepTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programs_support_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "programs_trust_programs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OwnerCoachId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BuiltInKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programs_trust_programs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "programs_wins",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programs_wins", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "programs_step_completions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StepId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StepOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    StepTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reflection = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CheckedItems = table.Column<string>(type: "TEXT", nullable: false),
                    SharedWithCoach = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programs_step_completions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_programs_step_completions_programs_assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "programs_assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "programs_program_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WhyItMatters = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    HowTo = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Tip = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Checklist = table.Column<string>(type: "TEXT", nullable: false),
                    Prompts = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programs_program_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_programs_program_steps_programs_trust_programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "programs_trust_programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_programs_assignments_ClientId",
                table: "programs_assignments",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_programs_assignments_CoachId_ClientId",
                table: "programs_assignments",
                columns: new[] { "CoachId", "ClientId" });

            migrationBuilder.CreateIndex(
                name: "IX_programs_assignments_ProgramId",
                table: "programs_assignments",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_programs_gratitude_entries_ClientId_Day",
                table: "programs_gratitude_entries",
                columns: new[] { "ClientId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_programs_outbox_messages_ProcessedAt_OccurredAt",
                table: "programs_outbox_messages",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_programs_program_steps_ProgramId_Order",
                table: "programs_program_steps",
                columns: new[] { "ProgramId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_programs_step_completions_AssignmentId_StepId",
                table: "programs_step_completions",
                columns: new[] { "AssignmentId", "StepId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_programs_step_reminders_ClientId_SentAt",
                table: "programs_step_reminders",
                columns: new[] { "ClientId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_programs_support_requests_CoachId_ClientId_ResolvedAt",
                table: "programs_support_requests",
                columns: new[] { "CoachId", "ClientId", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_programs_trust_programs_BuiltInKey",
                table: "programs_trust_programs",
                column: "BuiltInKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_programs_trust_programs_OwnerCoachId",
                table: "programs_trust_programs",
                column: "OwnerCoachId");

            migrationBuilder.CreateIndex(
                name: "IX_programs_wins_ClientId_RecordedAt",
                table: "programs_wins",
                columns: new[] { "ClientId", "RecordedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "programs_client_preferences");

            migrationBuilder.DropTable(
                name: "programs_gratitude_entries");

            migrationBuilder.DropTable(
                name: "programs_inbox_messages");

            migrationBuilder.DropTable(
                name: "programs_outbox_messages");

            migrationBuilder.DropTable(
                name: "programs_program_steps");

            migrationBuilder.DropTable(
                name: "programs_step_completions");

            migrationBuilder.DropTable(
                name: "programs_step_reminders");

            migrationBuilder.DropTable(
                name: "programs_support_requests");

            migrationBuilder.DropTable(
                name: "programs_wins");

            migrationBuilder.DropTable(
                name: "programs_trust_programs");

            migrationBuilder.DropTable(
                name: "programs_assignments");
        }
    }
}

using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Programs.Persistence.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    CoachId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TotalSteps = table.Column<int>(type: "integer", nullable: false),
                    PaceDays = table.Column<int>(type: "integer", nullable: true),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastActivityAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    TimeZone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    QuietHoursStart = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    QuietHoursEnd = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    WeeklyReminderBudget = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Items = table.Column<List<string>>(type: "text[]", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LockedBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    LockedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ProcessedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeadAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DiscardedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mail_queue",
                schema: "programs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    To = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    ToName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Html = table.Column<string>(type: "text", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Headers = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LockedBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    LockedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ProcessedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeadAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DiscardedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mail_queue", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "programs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LockedBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    LockedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ProcessedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeadAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DiscardedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "program_suggestions",
                schema: "programs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CoachId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    GrowthAreas = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    SuggestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DismissedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_program_suggestions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "step_reminders",
                schema: "programs",
                columns: table => new
                {
                    AssignmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    StepId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    CoachId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    StepId = table.Column<Guid>(type: "uuid", nullable: true),
                    StepTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ResolvedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Reply = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OwnerCoachId = table.Column<Guid>(type: "uuid", nullable: true),
                    BuiltInKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FirstAssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    StepId = table.Column<Guid>(type: "uuid", nullable: false),
                    StepOrder = table.Column<int>(type: "integer", nullable: false),
                    StepTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Reflection = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CheckedItems = table.Column<List<string>>(type: "text[]", nullable: false),
                    SharedWithCoach = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                name: "step_drafts",
                schema: "programs",
                columns: table => new
                {
                    AssignmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    StepId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reflection = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CheckedItems = table.Column<List<string>>(type: "text[]", nullable: true),
                    SavedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "program_steps",
                schema: "programs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WhyItMatters = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    HowTo = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Tip = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Checklist = table.Column<List<string>>(type: "text[]", nullable: false),
                    Prompts = table.Column<List<string>>(type: "text[]", nullable: false),
                    RetakeWheel = table.Column<bool>(type: "boolean", nullable: false)
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
                name: "IX_assignments_CoachId_ClientId_ProgramId",
                schema: "programs",
                table: "assignments",
                columns: new[] { "CoachId", "ClientId", "ProgramId" },
                unique: true,
                filter: "\"CompletedAt\" IS NULL");

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
                name: "IX_inbox_messages_MessageId_Consumer",
                schema: "programs",
                table: "inbox_messages",
                columns: new[] { "MessageId", "Consumer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                schema: "programs",
                table: "inbox_messages",
                columns: new[] { "ProcessedAt", "DeadAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_mail_queue_Key",
                schema: "programs",
                table: "mail_queue",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mail_queue_ProcessedAt_DeadAt_NextAttemptAt",
                schema: "programs",
                table: "mail_queue",
                columns: new[] { "ProcessedAt", "DeadAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                schema: "programs",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "DeadAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_program_steps_ProgramId_Order",
                schema: "programs",
                table: "program_steps",
                columns: new[] { "ProgramId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_program_suggestions_CoachId_ClientId_DismissedAt",
                schema: "programs",
                table: "program_suggestions",
                columns: new[] { "CoachId", "ClientId", "DismissedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_step_completions_AssignmentId_StepId",
                schema: "programs",
                table: "step_completions",
                columns: new[] { "AssignmentId", "StepId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_step_drafts_ClientId",
                schema: "programs",
                table: "step_drafts",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_step_reminders_ClientId_SentAt",
                schema: "programs",
                table: "step_reminders",
                columns: new[] { "ClientId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_support_requests_ClientId_RequestedAt",
                schema: "programs",
                table: "support_requests",
                columns: new[] { "ClientId", "RequestedAt" });

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
                unique: true);

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
                name: "mail_queue",
                schema: "programs");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "programs");

            migrationBuilder.DropTable(
                name: "program_steps",
                schema: "programs");

            migrationBuilder.DropTable(
                name: "program_suggestions",
                schema: "programs");

            migrationBuilder.DropTable(
                name: "step_completions",
                schema: "programs");

            migrationBuilder.DropTable(
                name: "step_drafts",
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

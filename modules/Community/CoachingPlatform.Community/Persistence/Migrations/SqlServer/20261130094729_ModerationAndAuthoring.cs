using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Community.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class ModerationAndAuthoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Body",
                schema: "community",
                table: "comments",
                type: "nvarchar(max)",
                maxLength: 5000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000);

            migrationBuilder.AddColumn<string>(
                name: "AddressHash",
                schema: "community",
                table: "comments",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Depth",
                schema: "community",
                table: "comments",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SpamReasons",
                schema: "community",
                table: "comments",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "SpamScore",
                schema: "community",
                table: "comments",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "StatusChangedAt",
                schema: "community",
                table: "comments",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<Guid>(
                name: "ThreadId",
                schema: "community",
                table: "comments",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AlterColumn<DateTime>(
                name: "PublishedAt",
                schema: "community",
                table: "articles",
                type: "datetime2",
                nullable: true,
                oldClrType: typeof(DateTime),
                oldType: "datetime2");

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAt",
                schema: "community",
                table: "articles",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "Excerpt",
                schema: "community",
                table: "articles",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                schema: "community",
                table: "articles",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateTable(
                name: "comment_reports",
                schema: "community",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CommentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    AddressHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_comment_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_comment_reports_comments_CommentId",
                        column: x => x.CommentId,
                        principalSchema: "community",
                        principalTable: "comments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "moderation_decisions",
                schema: "community",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CommentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    From = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    By = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_moderation_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_moderation_decisions_comments_CommentId",
                        column: x => x.CommentId,
                        principalSchema: "community",
                        principalTable: "comments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_comments_AddressHash_PostedAt",
                schema: "community",
                table: "comments",
                columns: new[] { "AddressHash", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_comments_ThreadId",
                schema: "community",
                table: "comments",
                column: "ThreadId");

            migrationBuilder.CreateIndex(
                name: "IX_comment_reports_CommentId_AddressHash",
                schema: "community",
                table: "comment_reports",
                columns: new[] { "CommentId", "AddressHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_comment_reports_CommentId_ReportedAt",
                schema: "community",
                table: "comment_reports",
                columns: new[] { "CommentId", "ReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_moderation_decisions_CommentId_At",
                schema: "community",
                table: "moderation_decisions",
                columns: new[] { "CommentId", "At" });

            // Comments and articles written before moderation existed: threads were one reply deep, and the
            // last status change and the article times are the best dates known.
            migrationBuilder.Sql("UPDATE [community].[comments] SET ThreadId = COALESCE(ParentId, Id), Depth = CASE WHEN ParentId IS NULL THEN 0 ELSE 1 END, StatusChangedAt = PostedAt;");
            migrationBuilder.Sql("UPDATE [community].[articles] SET CreatedAt = PublishedAt, UpdatedAt = PublishedAt WHERE PublishedAt IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "comment_reports",
                schema: "community");

            migrationBuilder.DropTable(
                name: "moderation_decisions",
                schema: "community");

            migrationBuilder.DropIndex(
                name: "IX_comments_AddressHash_PostedAt",
                schema: "community",
                table: "comments");

            migrationBuilder.DropIndex(
                name: "IX_comments_ThreadId",
                schema: "community",
                table: "comments");

            migrationBuilder.DropColumn(
                name: "AddressHash",
                schema: "community",
                table: "comments");

            migrationBuilder.DropColumn(
                name: "Depth",
                schema: "community",
                table: "comments");

            migrationBuilder.DropColumn(
                name: "SpamReasons",
                schema: "community",
                table: "comments");

            migrationBuilder.DropColumn(
                name: "SpamScore",
                schema: "community",
                table: "comments");

            migrationBuilder.DropColumn(
                name: "StatusChangedAt",
                schema: "community",
                table: "comments");

            migrationBuilder.DropColumn(
                name: "ThreadId",
                schema: "community",
                table: "comments");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                schema: "community",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "Excerpt",
                schema: "community",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                schema: "community",
                table: "articles");

            migrationBuilder.AlterColumn<string>(
                name: "Body",
                schema: "community",
                table: "comments",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(max)",
                oldMaxLength: 5000);

            migrationBuilder.AlterColumn<DateTime>(
                name: "PublishedAt",
                schema: "community",
                table: "articles",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified),
                oldClrType: typeof(DateTime),
                oldType: "datetime2",
                oldNullable: true);
        }
    }
}

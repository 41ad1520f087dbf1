using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Community.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ModerationAndAuthoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AddressHash",
                table: "community_comments",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Depth",
                table: "community_comments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SpamReasons",
                table: "community_comments",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "SpamScore",
                table: "community_comments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "StatusChangedAt",
                table: "community_comments",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<Guid>(
                name: "ThreadId",
                table: "community_comments",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AlterColumn<DateTime>(
                name: "PublishedAt",
                table: "community_articles",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(DateTime),
                oldType: "TEXT");

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAt",
                table: "community_articles",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "Excerpt",
                table: "community_articles",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "community_articles",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateTable(
                name: "community_comment_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AddressHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_comment_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_community_comment_reports_community_comments_CommentId",
                        column: x => x.CommentId,
                        principalTable: "community_comments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "community_moderation_decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_moderation_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_community_moderation_decisions_community_comments_CommentId",
                        column: x => x.CommentId,
                        principalTable: "community_comments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_community_comments_AddressHash_PostedAt",
                table: "community_comments",
                columns: new[] { "AddressHash", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_community_comments_ThreadId",
                table: "community_comments",
                column: "ThreadId");

            migrationBuilder.CreateIndex(
                name: "IX_community_comment_reports_CommentId_AddressHash",
                table: "community_comment_reports",
                columns: new[] { "CommentId", "AddressHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_community_comment_reports_CommentId_ReportedAt",
                table: "community_comment_reports",
                columns: new[] { "CommentId", "ReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_community_moderation_decisions_CommentId_At",
                table: "community_moderation_decisions",
                columns: new[] { "CommentId", "At" });

            // Comments and articles written before moderation existed: threads were one reply deep, and the
            // last status change and the article times are the best dates known.
            migrationBuilder.Sql("UPDATE community_comments SET ThreadId = COALESCE(ParentId, Id), Depth = CASE WHEN ParentId IS NULL THEN 0 ELSE 1 END, StatusChangedAt = PostedAt;");
            migrationBuilder.Sql("UPDATE community_articles SET CreatedAt = PublishedAt, UpdatedAt = PublishedAt WHERE PublishedAt IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "community_comment_reports");

            migrationBuilder.DropTable(
                name: "community_moderation_decisions");

            migrationBuilder.DropIndex(
                name: "IX_community_comments_AddressHash_PostedAt",
                table: "community_comments");

            migrationBuilder.DropIndex(
                name: "IX_community_comments_ThreadId",
                table: "community_comments");

            migrationBuilder.DropColumn(
                name: "AddressHash",
                table: "community_comments");

            migrationBuilder.DropColumn(
                name: "Depth",
                table: "community_comments");

            migrationBuilder.DropColumn(
                name: "SpamReasons",
                table: "community_comments");

            migrationBuilder.DropColumn(
                name: "SpamScore",
                table: "community_comments");

            migrationBuilder.DropColumn(
                name: "StatusChangedAt",
                table: "community_comments");

            migrationBuilder.DropColumn(
                name: "ThreadId",
                table: "community_comments");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "community_articles");

            migrationBuilder.DropColumn(
                name: "Excerpt",
                table: "community_articles");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "community_articles");

            migrationBuilder.AlterColumn<DateTime>(
                name: "PublishedAt",
                table: "community_articles",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified),
                oldClrType: typeof(DateTime),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}

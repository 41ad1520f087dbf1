using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Subscriptions.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class Newsletter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_subscribers_Frequency_ConfirmedAt",
                schema: "subscriptions",
                table: "subscribers");

            migrationBuilder.DropIndex(
                name: "IX_subscribers_UnsubscribeTokenHash",
                schema: "subscriptions",
                table: "subscribers");

            migrationBuilder.DropColumn(
                name: "UnsubscribeTokenHash",
                schema: "subscriptions",
                table: "subscribers");

            migrationBuilder.AddColumn<DateTime>(
                name: "LastDigestAt",
                schema: "subscriptions",
                table: "subscribers",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastEdition",
                schema: "subscriptions",
                table: "subscribers",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LinkGeneration",
                schema: "subscriptions",
                table: "subscribers",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "Paused",
                schema: "subscriptions",
                table: "subscribers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnsubscribedAt",
                schema: "subscriptions",
                table: "subscribers",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "digest_articles",
                schema: "subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Excerpt = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digest_articles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "digest_comments",
                schema: "subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ParentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ArticleSlug = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ArticleTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AuthorName = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    BodyExcerpt = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Replies = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digest_comments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "digest_runs",
                schema: "subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Frequency = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Period = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Due = table.Column<int>(type: "int", nullable: false),
                    Handled = table.Column<int>(type: "int", nullable: false),
                    Mailed = table.Column<int>(type: "int", nullable: false),
                    NothingNew = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digest_runs", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_subscribers_Frequency_Email",
                schema: "subscriptions",
                table: "subscribers",
                columns: new[] { "Frequency", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_digest_articles_PublishedAt",
                schema: "subscriptions",
                table: "digest_articles",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_digest_comments_ApprovedAt",
                schema: "subscriptions",
                table: "digest_comments",
                column: "ApprovedAt");

            migrationBuilder.CreateIndex(
                name: "IX_digest_runs_StartedAt",
                schema: "subscriptions",
                table: "digest_runs",
                column: "StartedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "digest_articles",
                schema: "subscriptions");

            migrationBuilder.DropTable(
                name: "digest_comments",
                schema: "subscriptions");

            migrationBuilder.DropTable(
                name: "digest_runs",
                schema: "subscriptions");

            migrationBuilder.DropIndex(
                name: "IX_subscribers_Frequency_Email",
                schema: "subscriptions",
                table: "subscribers");

            migrationBuilder.DropColumn(
                name: "LastDigestAt",
                schema: "subscriptions",
                table: "subscribers");

            migrationBuilder.DropColumn(
                name: "LastEdition",
                schema: "subscriptions",
                table: "subscribers");

            migrationBuilder.DropColumn(
                name: "LinkGeneration",
                schema: "subscriptions",
                table: "subscribers");

            migrationBuilder.DropColumn(
                name: "Paused",
                schema: "subscriptions",
                table: "subscribers");

            migrationBuilder.DropColumn(
                name: "UnsubscribedAt",
                schema: "subscriptions",
                table: "subscribers");

            migrationBuilder.AddColumn<string>(
                name: "UnsubscribeTokenHash",
                schema: "subscriptions",
                table: "subscribers",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_subscribers_Frequency_ConfirmedAt",
                schema: "subscriptions",
                table: "subscribers",
                columns: new[] { "Frequency", "ConfirmedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_subscribers_UnsubscribeTokenHash",
                schema: "subscriptions",
                table: "subscribers",
                column: "UnsubscribeTokenHash",
                unique: true);
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Subscriptions.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Newsletter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_subscriptions_subscribers_Frequency_ConfirmedAt",
                table: "subscriptions_subscribers");

            migrationBuilder.DropIndex(
                name: "IX_subscriptions_subscribers_UnsubscribeTokenHash",
                table: "subscriptions_subscribers");

            migrationBuilder.DropColumn(
                name: "UnsubscribeTokenHash",
                table: "subscriptions_subscribers");

            migrationBuilder.AddColumn<DateTime>(
                name: "LastDigestAt",
                table: "subscriptions_subscribers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastEdition",
                table: "subscriptions_subscribers",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LinkGeneration",
                table: "subscriptions_subscribers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "Paused",
                table: "subscriptions_subscribers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnsubscribedAt",
                table: "subscriptions_subscribers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "subscriptions_digest_articles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Excerpt = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subscriptions_digest_articles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "subscriptions_digest_comments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ArticleSlug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ArticleTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    BodyExcerpt = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Replies = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subscriptions_digest_comments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "subscriptions_digest_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Due = table.Column<int>(type: "INTEGER", nullable: false),
                    Handled = table.Column<int>(type: "INTEGER", nullable: false),
                    Mailed = table.Column<int>(type: "INTEGER", nullable: false),
                    NothingNew = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subscriptions_digest_runs", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_subscriptions_subscribers_Frequency_Email",
                table: "subscriptions_subscribers",
                columns: new[] { "Frequency", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_subscriptions_digest_articles_PublishedAt",
                table: "subscriptions_digest_articles",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_subscriptions_digest_comments_ApprovedAt",
                table: "subscriptions_digest_comments",
                column: "ApprovedAt");

            migrationBuilder.CreateIndex(
                name: "IX_subscriptions_digest_runs_StartedAt",
                table: "subscriptions_digest_runs",
                column: "StartedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "subscriptions_digest_articles");

            migrationBuilder.DropTable(
                name: "subscriptions_digest_comments");

            migrationBuilder.DropTable(
                name: "subscriptions_digest_runs");

            migrationBuilder.DropIndex(
                name: "IX_subscriptions_subscribers_Frequency_Email",
                table: "subscriptions_subscribers");

            migrationBuilder.DropColumn(
                name: "LastDigestAt",
                table: "subscriptions_subscribers");

            migrationBuilder.DropColumn(
                name: "LastEdition",
                table: "subscriptions_subscribers");

            migrationBuilder.DropColumn(
                name: "LinkGeneration",
                table: "subscriptions_subscribers");

            migrationBuilder.DropColumn(
                name: "Paused",
                table: "subscriptions_subscribers");

            migrationBuilder.DropColumn(
                name: "UnsubscribedAt",
                table: "subscriptions_subscribers");

            migrationBuilder.AddColumn<string>(
                name: "UnsubscribeTokenHash",
                table: "subscriptions_subscribers",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_subscriptions_subscribers_Frequency_ConfirmedAt",
                table: "subscriptions_subscribers",
                columns: new[] { "Frequency", "ConfirmedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_subscriptions_subscribers_UnsubscribeTokenHash",
                table: "subscriptions_subscribers",
                column: "UnsubscribeTokenHash",
                unique: true);
        }
    }
}

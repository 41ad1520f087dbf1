using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Subscriptions.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class CoachDigestRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "subscriptions_digest_runs",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                // Every run recorded before this column was a newsletter run.
                defaultValue: "Newsletter");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Kind",
                table: "subscriptions_digest_runs");
        }
    }
}

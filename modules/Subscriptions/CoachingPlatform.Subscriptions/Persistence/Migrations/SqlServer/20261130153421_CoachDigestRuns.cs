using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Subscriptions.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class CoachDigestRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                schema: "subscriptions",
                table: "digest_runs",
                type: "nvarchar(20)",
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
                schema: "subscriptions",
                table: "digest_runs");
        }
    }
}

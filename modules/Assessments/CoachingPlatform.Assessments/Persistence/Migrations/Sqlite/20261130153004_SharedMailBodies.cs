using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Assessments.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class SharedMailBodies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BodyId",
                table: "assessments_mail_queue",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Fields",
                table: "assessments_mail_queue",
                type: "TEXT",
                maxLength: 2147483647,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "assessments_mail_bodies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Html = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false),
                    Headers = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments_mail_bodies", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessments_mail_bodies");

            migrationBuilder.DropColumn(
                name: "BodyId",
                table: "assessments_mail_queue");

            migrationBuilder.DropColumn(
                name: "Fields",
                table: "assessments_mail_queue");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Community.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class SharedMailBodies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BodyId",
                schema: "community",
                table: "mail_queue",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Fields",
                schema: "community",
                table: "mail_queue",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "mail_bodies",
                schema: "community",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Html = table.Column<string>(type: "text", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Headers = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mail_bodies", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mail_bodies",
                schema: "community");

            migrationBuilder.DropColumn(
                name: "BodyId",
                schema: "community",
                table: "mail_queue");

            migrationBuilder.DropColumn(
                name: "Fields",
                schema: "community",
                table: "mail_queue");
        }
    }
}

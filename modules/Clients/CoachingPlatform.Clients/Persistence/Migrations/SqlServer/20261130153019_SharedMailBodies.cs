using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingPlatform.Clients.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class SharedMailBodies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BodyId",
                schema: "clients",
                table: "mail_queue",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Fields",
                schema: "clients",
                table: "mail_queue",
                type: "nvarchar(max)",
                maxLength: 2147483647,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "mail_bodies",
                schema: "clients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Html = table.Column<string>(type: "nvarchar(max)", maxLength: 2147483647, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 2147483647, nullable: false),
                    Headers = table.Column<string>(type: "nvarchar(max)", maxLength: 2147483647, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                schema: "clients");

            migrationBuilder.DropColumn(
                name: "BodyId",
                schema: "clients",
                table: "mail_queue");

            migrationBuilder.DropColumn(
                name: "Fields",
                schema: "clients",
                table: "mail_queue");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyTracker.Domain.Migrations
{
    /// <inheritdoc />
    public partial class IngestionRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IngestionRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    ArticleIds = table.Column<string>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    From = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RanBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Outcomes = table.Column<string>(type: "TEXT", nullable: true),
                    Error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestionRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IngestionRequestItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    SourcePath = table.Column<string>(type: "TEXT", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Failure = table.Column<string>(type: "TEXT", nullable: true),
                    Stated = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestionRequestItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IngestionRequestItems_IngestionRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "IngestionRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IngestionRequestItems_RequestId_Position",
                table: "IngestionRequestItems",
                columns: new[] { "RequestId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestionRequests_State_Id",
                table: "IngestionRequests",
                columns: new[] { "State", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IngestionRequestItems");

            migrationBuilder.DropTable(
                name: "IngestionRequests");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyTracker.Domain.Migrations
{
    /// <inheritdoc />
    public partial class OfficialNameTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OfficialNameTokens",
                columns: table => new
                {
                    Token = table.Column<string>(type: "TEXT", nullable: false),
                    OfficialId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficialNameTokens", x => new { x.Token, x.OfficialId });
                    table.ForeignKey(
                        name: "FK_OfficialNameTokens_Officials_OfficialId",
                        column: x => x.OfficialId,
                        principalTable: "Officials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OfficialNameTokens_OfficialId",
                table: "OfficialNameTokens",
                column: "OfficialId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfficialNameTokens");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyTracker.Domain.Migrations
{
    /// <inheritdoc />
    public partial class OfficialTitlesByDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OfficialTitles_OfficialId",
                table: "OfficialTitles");

            migrationBuilder.CreateIndex(
                name: "IX_OfficialTitles_OfficialId_AsOf",
                table: "OfficialTitles",
                columns: new[] { "OfficialId", "AsOf" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OfficialTitles_OfficialId_AsOf",
                table: "OfficialTitles");

            migrationBuilder.CreateIndex(
                name: "IX_OfficialTitles_OfficialId",
                table: "OfficialTitles",
                column: "OfficialId");
        }
    }
}

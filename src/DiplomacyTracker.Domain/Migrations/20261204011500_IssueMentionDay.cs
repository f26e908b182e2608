using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyTracker.Domain.Migrations
{
    /// <summary>
    /// The day each issue mention came up, stored with it (the meeting's day, else the visit's first day, else the
    /// article's date) and filled in for the mentions already stored, by the rule the writer keeps
    /// (<c>IssueDays</c> in the ingestion project).
    /// </summary>
    public partial class IssueMentionDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Day",
                table: "IssueMentions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE "IssueMentions" SET "Day" = COALESCE(
                    (SELECT m."Date" FROM "Meetings" AS m WHERE m."Id" = "IssueMentions"."MeetingId"),
                    (SELECT v."Start" FROM "Visits" AS v WHERE v."Id" = "IssueMentions"."VisitId"),
                    (SELECT a."Published" FROM "Excerpts" AS e JOIN "Articles" AS a ON a."Id" = e."ArticleId" WHERE e."Id" = "IssueMentions"."ExcerptId"))
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Day",
                table: "IssueMentions");
        }
    }
}

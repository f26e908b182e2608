using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyTracker.Migrations.PostgreSQL.Migrations
{
    /// <summary>
    /// Full-text search on PostgreSQL: a stored, generated <c>tsvector</c> over article titles and text and over
    /// excerpts, each with a GIN index, in the text search configuration <c>tracker</c> (English stemming, and accents
    /// folded where the server has the <c>unaccent</c> extension, as SQLite's index folds them). The vectors are not
    /// in the EF model: only <c>FullTextIndex</c> reads them.
    /// </summary>
    /// <remarks>
    /// A <c>tsvector</c> holds at most 1 MB, so an article's vector covers its first <see cref="IndexedCharacters"/>
    /// characters (more than any news article has); SQLite's index covers the whole text. The text itself is stored
    /// uncompressed (<c>STORAGE EXTERNAL</c>), so a page of a long article reads only that part.
    /// </remarks>
    public partial class FullTextSearch : Migration
    {
        public const int IndexedCharacters = 300_000;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    BEGIN
                        CREATE EXTENSION IF NOT EXISTS unaccent;
                    EXCEPTION WHEN OTHERS THEN
                        RAISE NOTICE 'unaccent is not available: search will not fold accents';
                    END;
                    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'tracker') THEN
                        CREATE TEXT SEARCH CONFIGURATION tracker (COPY = english);
                        IF EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = 'unaccent') THEN
                            ALTER TEXT SEARCH CONFIGURATION tracker
                                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
                        END IF;
                    END IF;
                END
                $$;
                """);
            migrationBuilder.Sql("""ALTER TABLE "Articles" ALTER COLUMN "Text" SET STORAGE EXTERNAL;""");
            migrationBuilder.Sql($"""
                ALTER TABLE "Articles" ADD COLUMN "Search" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('tracker'::regconfig, coalesce("Title", '')), 'A') ||
                    setweight(to_tsvector('tracker'::regconfig, left("Text", {IndexedCharacters})), 'B')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_Articles_Search" ON "Articles" USING GIN ("Search");""");
            migrationBuilder.Sql("""
                ALTER TABLE "Excerpts" ADD COLUMN "Search" tsvector GENERATED ALWAYS AS (to_tsvector('tracker'::regconfig, "Text")) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_Excerpts_Search" ON "Excerpts" USING GIN ("Search");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE "Excerpts" DROP COLUMN IF EXISTS "Search";""");
            migrationBuilder.Sql("""ALTER TABLE "Articles" DROP COLUMN IF EXISTS "Search";""");
            migrationBuilder.Sql("""ALTER TABLE "Articles" ALTER COLUMN "Text" SET STORAGE EXTENDED;""");
            migrationBuilder.Sql("DROP TEXT SEARCH CONFIGURATION IF EXISTS tracker;");
        }
    }
}

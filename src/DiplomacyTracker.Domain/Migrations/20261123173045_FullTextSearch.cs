using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyTracker.Domain.Migrations
{
    /// <summary>
    /// Full-text search: external-content FTS5 indexes over article titles and text and over excerpts, kept in step
    /// by triggers. The text itself stays in Articles and Excerpts; the indexes hold only tokens.
    /// </summary>
    /// <remarks>
    /// SQLite drops a table's triggers with the table, and EF rebuilds a SQLite table to alter a column: a later
    /// migration that rebuilds Articles or Excerpts must create these triggers again and then 'rebuild' the index.
    /// </remarks>
    public partial class FullTextSearch : Migration
    {
        private const string Tokenizer = "porter unicode61 remove_diacritics 2";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                CREATE VIRTUAL TABLE "ArticlesFts" USING fts5("Title", "Text", content='Articles', content_rowid='Id', tokenize='{Tokenizer}');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_fts_insert" AFTER INSERT ON "Articles" BEGIN
                    INSERT INTO "ArticlesFts"(rowid, "Title", "Text") VALUES (new."Id", new."Title", new."Text");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_fts_delete" AFTER DELETE ON "Articles" BEGIN
                    INSERT INTO "ArticlesFts"("ArticlesFts", rowid, "Title", "Text") VALUES ('delete', old."Id", old."Title", old."Text");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_fts_update" AFTER UPDATE OF "Title", "Text" ON "Articles" BEGIN
                    INSERT INTO "ArticlesFts"("ArticlesFts", rowid, "Title", "Text") VALUES ('delete', old."Id", old."Title", old."Text");
                    INSERT INTO "ArticlesFts"(rowid, "Title", "Text") VALUES (new."Id", new."Title", new."Text");
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO "ArticlesFts"("ArticlesFts") VALUES ('rebuild');""");

            migrationBuilder.Sql($"""
                CREATE VIRTUAL TABLE "ExcerptsFts" USING fts5("Text", content='Excerpts', content_rowid='Id', tokenize='{Tokenizer}');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Excerpts_fts_insert" AFTER INSERT ON "Excerpts" BEGIN
                    INSERT INTO "ExcerptsFts"(rowid, "Text") VALUES (new."Id", new."Text");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Excerpts_fts_delete" AFTER DELETE ON "Excerpts" BEGIN
                    INSERT INTO "ExcerptsFts"("ExcerptsFts", rowid, "Text") VALUES ('delete', old."Id", old."Text");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Excerpts_fts_update" AFTER UPDATE OF "Text" ON "Excerpts" BEGIN
                    INSERT INTO "ExcerptsFts"("ExcerptsFts", rowid, "Text") VALUES ('delete', old."Id", old."Text");
                    INSERT INTO "ExcerptsFts"(rowid, "Text") VALUES (new."Id", new."Text");
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO "ExcerptsFts"("ExcerptsFts") VALUES ('rebuild');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var name in new[] { "Articles_fts_insert", "Articles_fts_delete", "Articles_fts_update",
                "Excerpts_fts_insert", "Excerpts_fts_delete", "Excerpts_fts_update" })
            {
                migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{name}";""");
            }

            migrationBuilder.Sql("""DROP TABLE IF EXISTS "ArticlesFts";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "ExcerptsFts";""");
        }
    }
}

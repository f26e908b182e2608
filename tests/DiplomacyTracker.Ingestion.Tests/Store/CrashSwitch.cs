using Microsoft.Data.Sqlite;

namespace DiplomacyTracker.Ingestion.Tests.Store;

/// <summary>
/// Simulates a crash in the middle of writing an article: once armed, the next issue mention the writer inserts
/// fails inside SQLite, after the article's own row and its excerpts are written (the trigger checks they are) and
/// before the writer can commit.
/// The rollback takes back any change made in the failing transaction, so the test disarms it itself.
/// </summary>
internal sealed class CrashSwitch
{
    private readonly string _connectionString;

    public CrashSwitch(string connectionString)
    {
        _connectionString = connectionString;
        Run("""
            CREATE TABLE "CrashSwitch" ("Armed" INTEGER NOT NULL, "SourcePath" TEXT NULL);
            INSERT INTO "CrashSwitch" VALUES (0, NULL);
            CREATE TRIGGER "CrashMidArticle" BEFORE INSERT ON "IssueMentions"
            WHEN (SELECT "Armed" FROM "CrashSwitch") = 1
                AND EXISTS (SELECT 1 FROM "Excerpts" AS e JOIN "Articles" AS a ON a."Id" = e."ArticleId"
                            WHERE e."Id" = NEW."ExcerptId" AND a."SourcePath" = coalesce((SELECT "SourcePath" FROM "CrashSwitch"), a."SourcePath"))
            BEGIN
                SELECT RAISE(ABORT, 'simulated crash mid-article');
            END;
            """);
    }

    public bool Armed
    {
        get => Run("""SELECT "Armed" FROM "CrashSwitch" """) is 1L;
        set => Run($"""UPDATE "CrashSwitch" SET "Armed" = {(value ? 1 : 0)}, "SourcePath" = NULL""");
    }

    /// <summary>Crashes the write of every article from this source, and of no other, until disarmed.</summary>
    public void ArmFor(string sourcePath) => Run($"""UPDATE "CrashSwitch" SET "Armed" = 1, "SourcePath" = '{sourcePath.Replace("'", "''", StringComparison.Ordinal)}'""");

    private object? Run(string sql)
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}

using System.Data.Common;
using DiplomacyTracker.Domain;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DiplomacyTracker.Ingestion.Tests.Store;

/// <summary>
/// Simulates a crash in the middle of writing an article: once armed, the next issue mention the writer inserts
/// fails inside the database (a trigger, on either engine), after the article's own row and its excerpts are written
/// (the trigger checks they are) and before the writer can commit.
/// The rollback takes back any change made in the failing transaction, so the test disarms it itself.
/// </summary>
internal sealed class CrashSwitch
{
    private const string Condition = """
        (SELECT "Armed" FROM "CrashSwitch") = 1
            AND EXISTS (SELECT 1 FROM "Excerpts" AS e JOIN "Articles" AS a ON a."Id" = e."ArticleId"
                        WHERE e."Id" = NEW."ExcerptId" AND a."SourcePath" = coalesce((SELECT "SourcePath" FROM "CrashSwitch"), a."SourcePath"))
        """;

    private readonly TrackerStore _store;

    public CrashSwitch(TrackerStore store)
    {
        _store = store;
        Run("""CREATE TABLE "CrashSwitch" ("Armed" INTEGER NOT NULL, "SourcePath" TEXT NULL)""");
        Run("""INSERT INTO "CrashSwitch" VALUES (0, NULL)""");
        Run(store.Provider == StoreProvider.Sqlite
            ? $"""
                CREATE TRIGGER "CrashMidArticle" BEFORE INSERT ON "IssueMentions"
                WHEN {Condition}
                BEGIN
                    SELECT RAISE(ABORT, 'simulated crash mid-article');
                END;
                """
            : $"""
                CREATE FUNCTION crash_mid_article() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF {Condition} THEN
                        RAISE EXCEPTION 'simulated crash mid-article';
                    END IF;
                    RETURN NEW;
                END
                $$;
                """);
        if (store.Provider == StoreProvider.PostgreSQL)
        {
            Run("""CREATE TRIGGER "CrashMidArticle" BEFORE INSERT ON "IssueMentions" FOR EACH ROW EXECUTE FUNCTION crash_mid_article()""");
        }
    }

    public bool Armed
    {
        get => Convert.ToInt64(Run("""SELECT "Armed" FROM "CrashSwitch" """), System.Globalization.CultureInfo.InvariantCulture) == 1;
        set => Run($"""UPDATE "CrashSwitch" SET "Armed" = {(value ? 1 : 0)}, "SourcePath" = NULL""");
    }

    /// <summary>Crashes the write of every article from this source, and of no other, until disarmed.</summary>
    public void ArmFor(string sourcePath) => Run($"""UPDATE "CrashSwitch" SET "Armed" = 1, "SourcePath" = '{sourcePath.Replace("'", "''", StringComparison.Ordinal)}'""");

    private object? Run(string sql)
    {
        using DbConnection connection = _store.Provider == StoreProvider.Sqlite
            ? new SqliteConnection(_store.ConnectionString)
            : new NpgsqlConnection(_store.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}

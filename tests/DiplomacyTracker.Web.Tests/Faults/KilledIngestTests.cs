using System.Diagnostics;
using System.Globalization;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace DiplomacyTracker.Web.Tests.Faults;

/// <summary>
/// The real executable, killed with SIGKILL in the middle of an ingest batch: the database must open cleanly with
/// no half-stored article, and running the same command again must finish the batch.
/// </summary>
public sealed class KilledIngestTests(ITestOutputHelper output) : IDisposable
{
    private const int Files = 600;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dt-kill-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task IngestKilledMidBatchLeavesNoHalfArticleAndFinishesOnRerun()
    {
        var articles = Path.Combine(_folder, "articles");
        Directory.CreateDirectory(articles);
        for (var i = 0; i < Files; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(articles, $"{i:000}.txt"), GeneratedArticles.Visit(i));
        }

        var db = Path.Combine(_folder, "tracker.db");
        var killedAfter = await RunAndKillAsync(articles, db, afterStored: 15);
        output.WriteLine($"killed after {killedAfter} stored");

        var stored = Check(db);
        Assert.InRange(stored, killedAfter, Files - 1);

        var (exit, lines) = await RunAsync(articles, db);
        Assert.Equal(0, exit);
        var summary = lines[^1];
        output.WriteLine(summary);
        Assert.Matches($@"^{Files} files: \d+ ingested, 0 replaced, \d+ unchanged, 0 failed$", summary);
        Assert.Equal(Files, Check(db));
    }

    /// <summary>Integrity, foreign keys and whole articles; returns how many articles are stored.</summary>
    private static int Check(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM pragma_foreign_key_check"));

        // Every stored article came with its facts: each generated article reports a visit.
        Assert.Equal(0L, Scalar(connection, """SELECT COUNT(*) FROM "Articles" a WHERE NOT EXISTS (SELECT 1 FROM "VisitReports" r WHERE r."ArticleId" = a."Id")"""));
        Assert.Equal(0L, Scalar(connection, """SELECT COUNT(*) FROM "Articles" a WHERE NOT EXISTS (SELECT 1 FROM "Excerpts" e WHERE e."ArticleId" = a."Id")"""));
        Assert.Equal(0L, Scalar(connection, """SELECT COUNT(*) FROM "Visits" v WHERE NOT EXISTS (SELECT 1 FROM "VisitReports" r WHERE r."VisitId" = v."Id")"""));
        Assert.Equal(0L, Scalar(connection, """SELECT COUNT(*) FROM "Meetings" m WHERE NOT EXISTS (SELECT 1 FROM "MeetingReports" r WHERE r."MeetingId" = m."Id")"""));
        Assert.Equal(0L, Scalar(connection, """SELECT COUNT(*) FROM "Excerpts" e WHERE e."Start" < 0 OR e."Start" + e."Length" > (SELECT length(a."Text") FROM "Articles" a WHERE a."Id" = e."ArticleId")"""));
        return Convert.ToInt32(Scalar(connection, """SELECT COUNT(*) FROM "Articles" """), CultureInfo.InvariantCulture);
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>Kills the ingest once the database holds <paramref name="afterStored"/> articles (watched, not read from
    /// its output, which may come in bursts).</summary>
    private static async Task<int> RunAndKillAsync(string articles, string db, int afterStored)
    {
        using var process = Start(articles, db);
        var drained = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        var deadline = DateTime.UtcNow.AddSeconds(120);
        var stored = 0;
        while (!process.HasExited && stored < afterStored)
        {
            Assert.True(DateTime.UtcNow < deadline, "the ingest took too long to reach the kill point");
            await Task.Delay(20);
            stored = File.Exists(db) ? Stored(db) : 0;
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        await drained;
        Assert.True(stored >= afterStored, $"the ingest ended before the kill point ({stored} stored)");
        return stored;
    }

    private static int Stored(string db)
    {
        try
        {
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            return Convert.ToInt32(Scalar(connection, """SELECT COUNT(*) FROM "Articles" """), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // not created or migrated yet
        }
    }

    private static async Task<(int Exit, List<string> Lines)> RunAsync(string articles, string db)
    {
        using var process = Start(articles, db);
        var lines = new List<string>();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            lines.Add(line);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, lines);
    }

    private static Process Start(string articles, string db)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(db)!,
        };
        foreach (var arg in new[] { WebExecutable.Path, "ingest", articles, "--db", db })
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}

/// <summary>The built web app next to the repository's source, in the configuration these tests were built in.</summary>
internal static class WebExecutable
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        // The tests run from tests/…/bin/CONFIGURATION/net10.0/.
        var configuration = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(System.IO.Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory))) ?? "Debug";
        var dll = System.IO.Path.Combine(TrackerAppFactory.RepositoryRoot, "src", "DiplomacyTracker.Web", "bin", configuration, "net10.0", "DiplomacyTracker.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("build the web project first", dll);
    }
}

/// <summary>Articles the real pipeline reads a visit and a meeting from, each with its own people.</summary>
internal static class GeneratedArticles
{
    private static readonly string[] First = ["Anna", "Pedro", "Mei", "Omar", "Lena", "Tomas", "Rita", "Kofi", "Ines", "Yuri", "Sara", "Hugo"];
    private static readonly string[] Last = ["Berg", "Soto", "Lindqvist", "Haddad", "Moreau", "Novak", "Costa", "Mensah", "Duarte", "Petrov", "Okafor", "Brandt"];
    private static readonly (string Country, string City, string Adjective)[] Places =
        [("Chile", "Santiago", "Chilean"), ("Kenya", "Nairobi", "Kenyan"), ("Japan", "Tokyo", "Japanese"), ("Brazil", "Brasilia", "Brazilian")];

    public static string Visit(int i)
    {
        var traveler = $"{First[i % First.Length]} {Last[i / First.Length % Last.Length]}";
        var host = $"{First[(i + 5) % First.Length]} {Last[(i / First.Length + 7) % Last.Length]}";
        var (country, city, adjective) = Places[i % Places.Length];
        var day = 1 + i % 27;
        return $"""
            Swedish foreign minister in {city} for talks, report {i}

            {city.ToUpperInvariant()}, March {day}, 2025 - Swedish Foreign Minister {traveler} arrived in {city} on Monday for a two-day visit to {country}.
            {traveler.Split(' ')[1]} met {adjective} Foreign Minister {host} in {city} on Tuesday to discuss trade and climate.
            The two ministers agreed to meet again next year, officials said.
            """;
    }
}

using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion;
using DiplomacyTracker.Ingestion.Store;
using DiplomacyTracker.Web.Browsing;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Performance;

/// <summary>
/// The query shapes the browse pages and every statement the writer runs on every request or article, checked with EXPLAIN QUERY PLAN:
/// each reaches its rows through an index. A plan that scans a table that grows with the corpus fails, since at
/// 100,000 articles that scan is the page's whole budget.
/// </summary>
public sealed class QueryPlanTests : IClassFixture<QueryPlanTests.EmptyStore>
{
    private readonly TrackerAppFactory _app;

    public QueryPlanTests(EmptyStore app)
    {
        _app = app;
        _ = app.Server;
    }

    [Fact]
    public Task HomePageTakesItsPageOfVisitsInStartOrderFromTheIndex() => AssertPlanAsync(db => db.Visits.AsNoTracking()
            .OrderByDescending(v => v.Start).ThenByDescending(v => v.Id).Skip(20).Take(20)
            .Select(v => new { v.Id, v.Traveler.Name, Meetings = v.Meetings.Count(), Sources = v.Reports.Select(r => r.ArticleId).Distinct().Count() }),
        uses: ["IX_Visits_Start", "IX_Meetings_VisitId", "IX_VisitReports_VisitId"], sortsInMemory: false);

    [Fact]
    public Task VisitPageReadsItsMeetingsByVisit() => AssertPlanAsync(db => db.Meetings.AsNoTracking().Where(m => m.VisitId == 7)
            .OrderBy(m => m.Date).Select(m => new { m.Id, m.Date, m.City }),
        uses: ["IX_Meetings_VisitId"]);

    [Fact]
    public Task IssuePageReadsTheMentionsOfOneIssue() => AssertPlanAsync(db => db.IssueMentions.AsNoTracking().Where(m => m.IssueId == 3)
            .Select(m => new { m.Id, When = m.Meeting != null ? m.Meeting.Date : m.Visit != null ? m.Visit.Start : null, m.Excerpt.Text })
            .OrderBy(m => m.When).Take(20),
        uses: ["IX_IssueMentions_IssueId"]);

    /// <summary>
    /// The issue page (and the API, which pages the same way) orders all of an issue's mentions to find its page by
    /// the day each came up, stored with the mention: no meeting, visit or article is joined to every mention, nor
    /// read in a subquery for each.
    /// </summary>
    [Fact]
    public async Task IssuePageOrdersTheMentionsOfOneIssueWithoutJoiningTheirArticles()
    {
        var sql = await _app.QueryAsync(db => Task.FromResult(DiplomacyTracker.Web.Pages.Issues.DetailsModel.PageOfMentions(db, 3, skip: 20, take: 20).ToQueryString()));
        var plan = await ExplainAsync(sql);

        Assert.Empty(Scans(plan));
        Assert.Contains(plan, line => line.Contains("IX_IssueMentions_IssueId", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("SUBQUERY", StringComparison.Ordinal));
        Assert.Equal(["i"], plan.Where(line => line.StartsWith("SEARCH ", StringComparison.Ordinal)).Select(line => line.Split(' ')[1]));
    }

    [Fact]
    public Task OfficialPageReadsMeetingsByParticipant() => AssertPlanAsync(db => db.Meetings.AsNoTracking()
            .Where(m => Attendance.MeetingIdsOf(db, 5).Contains(m.Id))
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.Id).Take(50).Select(m => new { m.Id, m.Date }),
        uses: ["IX_MeetingParticipants_ParticipantsId", "INTEGER PRIMARY KEY"]);

    [Fact]
    public Task OfficialPageReadsTripsByTraveler() => AssertPlanAsync(db => db.Visits.AsNoTracking().Where(v => v.TravelerId == 5)
            .OrderByDescending(v => v.Start).ThenByDescending(v => v.Id).Take(50).Select(v => new { v.Id, v.HostCountry, Meetings = v.Meetings.Count() }),
        uses: ["IX_Visits_TravelerId_HostCountry", "IX_Meetings_VisitId"]);

    [Fact]
    public async Task EveryStatementTheWriterRunsReachesItsRowsThroughAnIndex()
    {
        // Ingest, replace and re-extract, so the writer prepares every statement it has: new facts, merged ones, removed ones.
        var seeds = Directory.GetFiles(Path.Combine(TrackerAppFactory.RepositoryRoot, "seeds"));
        var ingestor = _app.Services.GetRequiredService<ArticleIngestor>();
        await ingestor.IngestAsync("plan/a.txt", await File.ReadAllBytesAsync(seeds[0]), CancellationToken.None);
        await ingestor.IngestAsync("plan/b.txt", await File.ReadAllBytesAsync(seeds[1]), CancellationToken.None);
        await ingestor.IngestAsync("plan/a.txt", await File.ReadAllBytesAsync(seeds[2]), CancellationToken.None);
        await foreach (var _ in _app.Services.GetRequiredService<ArticleReextractor>().ReextractAsync(null, CancellationToken.None))
        {
        }

        var statements = StoreSql.Statements;
        Assert.Contains(statements, s => s.StartsWith("""DELETE FROM "Excerpts" """, StringComparison.Ordinal));
        Assert.Contains(statements, s => s.StartsWith("""SELECT "Id" FROM "Visits" WHERE "TravelerId" """, StringComparison.Ordinal) ||
                                         s.Contains("""FROM "Visits" WHERE "TravelerId" = @TravelerId AND "HostCountry" = @HostCountry""", StringComparison.Ordinal));
        var titleLookup = Assert.Single(statements, s => s.Contains("\"OfficialTitles\"", StringComparison.Ordinal) && s.Contains("\"AsOf\" IS NOT DISTINCT FROM @AsOf", StringComparison.Ordinal));
        Assert.Contains(await ExplainAsync(titleLookup, ["@OfficialId", "@Title", "@AsOf"]),
            line => line.Contains("IX_OfficialTitles_OfficialId_AsOf (OfficialId=? AND AsOf=?)", StringComparison.Ordinal));
        foreach (var statement in statements)
        {
            var plan = await ExplainAsync(statement, ParametersOf(statement));
            Assert.True(Scans(plan).Count == 0, $"{statement}\n  scans: {string.Join("; ", Scans(plan))}");
        }
    }

    [Fact]
    public async Task EveryForeignKeyIsIndexedSoCascadesAndJoinsSearchRatherThanScan()
    {
        await using var connection = new SqliteConnection(TrackerDatabase.ConnectionStringFor(_app.DatabasePath));
        await connection.OpenAsync();
        var tables = Column(connection, """SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%FOREIGN KEY%'""");
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var leading = Column(connection, $"""SELECT ii.name FROM pragma_index_list('{table}') AS il, pragma_index_info(il.name) AS ii WHERE ii.seqno = 0""");
            foreach (var key in Column(connection, $"""SELECT "from" FROM pragma_foreign_key_list('{table}')"""))
            {
                Assert.True(leading.Contains(key), $"{table}.{key} is a foreign key without an index that starts with it");
            }
        }
    }

    private static List<string> Column(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    [Fact]
    public async Task SearchGoesThroughTheFullTextIndex()
    {
        var plan = await ExplainAsync("""
            SELECT a."Id" FROM "ArticlesFts" JOIN "Articles" AS a ON a."Id" = "ArticlesFts".rowid
            WHERE "ArticlesFts" MATCH '"talks"' ORDER BY "ArticlesFts".rank LIMIT 20
            """);

        Assert.Contains(plan, line => line.Contains("VIRTUAL TABLE INDEX", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.Contains("SEARCH a USING INTEGER PRIMARY KEY", StringComparison.Ordinal));
    }

    /// <summary>
    /// FTS5 writes its plan as "M" (match) plus "&gt;" / "&lt;" for a rowid bound it applies itself; 192 is its flag for
    /// rowids read in descending order, which needs no sort.
    /// </summary>
    [Fact]
    public async Task SearchFindsTheRankedWindowAndOlderMatchesByRowidInTheFullTextIndex()
    {
        var oldestRanked = await ExplainAsync("""
            SELECT rowid FROM "ArticlesFts" WHERE "ArticlesFts" MATCH '"talks"' ORDER BY rowid DESC LIMIT 1 OFFSET 999
            """);
        var window = await ExplainAsync("""
            SELECT a."Id" FROM "ArticlesFts" JOIN "Articles" AS a ON a."Id" = "ArticlesFts".rowid
            WHERE "ArticlesFts" MATCH '"talks"' AND "ArticlesFts".rowid >= 900 ORDER BY "ArticlesFts".rank, a."Id" LIMIT 20
            """);
        var older = await ExplainAsync("""
            SELECT e."Id" FROM "ExcerptsFts" JOIN "Excerpts" AS e ON e."Id" = "ExcerptsFts".rowid JOIN "Articles" AS a ON a."Id" = e."ArticleId"
            WHERE "ExcerptsFts" MATCH '"talks"' AND "ExcerptsFts".rowid < 900 ORDER BY "ExcerptsFts".rowid DESC LIMIT 20 OFFSET 40
            """);

        Assert.StartsWith("SCAN ArticlesFts VIRTUAL TABLE INDEX 192:M", Assert.Single(oldestRanked), StringComparison.Ordinal);
        Assert.Contains(window, line => line.StartsWith("SCAN ArticlesFts VIRTUAL TABLE INDEX ", StringComparison.Ordinal) && line.EndsWith('>'));
        Assert.Contains(older, line => line.StartsWith("SCAN ExcerptsFts VIRTUAL TABLE INDEX 192:", StringComparison.Ordinal) && line.EndsWith('<'));
        Assert.DoesNotContain(older, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
        Assert.Empty(Scans(oldestRanked.Concat(window).Concat(older).ToList()));
    }

    [Fact]
    public async Task APlanThatScansATableFailsTheCheck()
    {
        var plan = await ExplainAsync(await _app.QueryAsync(db => Task.FromResult(db.Visits.Where(v => v.Cities.Count > 2).Select(v => v.Id).ToQueryString())));

        Assert.NotEmpty(Scans(plan));
    }

    private async Task AssertPlanAsync<T>(Func<TrackerDbContext, IQueryable<T>> query, string[] uses, bool sortsInMemory = true)
    {
        var sql = await _app.QueryAsync(db => Task.FromResult(query(db).ToQueryString()));
        var plan = await ExplainAsync(sql);
        var text = string.Join('\n', plan);

        Assert.Empty(Scans(plan));
        foreach (var index in uses)
        {
            Assert.Contains(index, text, StringComparison.Ordinal);
        }

        if (!sortsInMemory)
        {
            Assert.DoesNotContain("TEMP B-TREE FOR ORDER BY", text, StringComparison.Ordinal);
        }
    }

    /// <summary>The app over a new, empty store: plans depend on the schema, not on the rows.</summary>
    public sealed class EmptyStore() : TrackerAppFactory(ingestSeeds: false);

    /// <summary>Full scans of a table, not through an index; scanning a page already cut down in a subquery is fine.</summary>
    private static List<string> Scans(IReadOnlyList<string> plan)
    {
        var subqueries = plan.Where(l => l.StartsWith("CO-ROUTINE ", StringComparison.Ordinal) || l.StartsWith("MATERIALIZE ", StringComparison.Ordinal))
            .Select(l => l.Split(' ')[1]).ToHashSet(StringComparer.Ordinal);
        return plan.Where(line => line.StartsWith("SCAN ", StringComparison.Ordinal) && !line.Contains(" INDEX", StringComparison.Ordinal)
                                  && !subqueries.Contains(line.Split(' ')[1]) && !line.Contains("CONSTANT ROW", StringComparison.Ordinal)).ToList();
    }

    /// <summary>EXPLAIN QUERY PLAN for EF's SQL, with its parameter declarations (".param set" lines) bound.</summary>
    private Task<List<string>> ExplainAsync(string sql)
    {
        var lines = sql.Split('\n');
        var parameters = lines.Where(l => l.StartsWith(".param set", StringComparison.Ordinal)).Select(l => l.Split(' ')[2]).ToList();

        // In split-query mode EF adds a note after the first query's SQL.
        var statement = lines.Skip(parameters.Count).TakeWhile(l => !l.StartsWith("This LINQ query", StringComparison.Ordinal));
        return ExplainAsync(string.Join('\n', statement), parameters);
    }

    /// <summary>The named parameters (<c>@Name</c>) a writer's statement binds.</summary>
    private static List<string> ParametersOf(string statement) =>
        [.. System.Text.RegularExpressions.Regex.Matches(statement, @"@\w+").Select(m => m.Value).Distinct(StringComparer.Ordinal)];

    /// <summary>EXPLAIN QUERY PLAN for a statement, each of its parameters bound to 1.</summary>
    private async Task<List<string>> ExplainAsync(string statement, IReadOnlyList<string> parameters)
    {
        await using var connection = new SqliteConnection(TrackerDatabase.ConnectionStringFor(_app.DatabasePath));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + statement;
        foreach (var name in parameters)
        {
            command.Parameters.AddWithValue(name, 1);
        }

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }
}

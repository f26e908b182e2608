using System.Text.RegularExpressions;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Corrections;
using DiplomacyTracker.Ingestion.Store;
using DiplomacyTracker.Ingestion.Tests.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DiplomacyTracker.Ingestion.Tests.Store;

public sealed class SchemaTests : IDisposable
{
    private readonly StoreFixture _store = new(new ScriptedExtractor());

    public void Dispose() => _store.Dispose();

    [Fact]
    public void TheMigrationsBuildTheModelTheConfigurationsDescribe()
    {
        using var db = _store.Db();

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void ThePostgreSqlMigrationsBuildTheSameModel()
    {
        // No server is needed to compare the model with the last migration's snapshot.
        using var db = new TrackerDbContext(TrackerDatabase.Options(new TrackerStore(StoreProvider.PostgreSQL, "Host=localhost;Database=unused")));

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Equal(db.Database.GetMigrations().Count(), db.Database.GetMigrations().Distinct().Count());
        Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_FullTextSearch", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(JoinTables.MeetingParticipants.Entity, JoinTables.MeetingParticipants.Table, JoinTables.MeetingParticipants.MeetingId, JoinTables.MeetingParticipants.OfficialId)]
    [InlineData(JoinTables.MeetingReportParticipants.Entity, JoinTables.MeetingReportParticipants.Table, JoinTables.MeetingReportParticipants.MeetingReportId, JoinTables.MeetingReportParticipants.OfficialId)]
    [InlineData(JoinTables.VisitReportExcerpts.Entity, JoinTables.VisitReportExcerpts.Table, JoinTables.VisitReportExcerpts.VisitReportId, JoinTables.VisitReportExcerpts.ExcerptId)]
    public void EachJoinTableHasTheNamesItsConfigurationGivesIt(string entity, string table, string first, string second)
    {
        using var db = _store.Db();

        var join = db.Model.FindEntityType(entity);
        Assert.NotNull(join);
        Assert.Equal(table, join.GetTableName());
        var columns = join.GetProperties().Select(p => p.GetColumnName(StoreObjectIdentifier.Table(table))).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), columns);
    }

    /// <summary>A store from before the day was stored gets it for every mention it holds, by the one rule.</summary>
    [Fact]
    public async Task UpgradingAStoreGivesEachStoredMentionTheDayItCameUp()
    {
        var file = Path.Combine(_store.Folder, "old.db");
        await using var db = new TrackerDbContext(new DbContextOptionsBuilder<TrackerDbContext>().UseSqlite(TrackerDatabase.ConnectionStringFor(file)).Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261203142121_Corrections");
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Articles" ("Id", "Title", "SourcePath", "Text", "ContentHash", "IngestedAt", "PublishedInferred", "Warnings", "Published")
            VALUES (1, 't', 'a.txt', 'Talks. A trip. Undated talks.', 'h', '2025-01-01 00:00:00+00:00', 0, '[]', '2024-05-01');
            INSERT INTO "Excerpts" ("Id", "ArticleId", "Start", "Length", "Text") VALUES (1, 1, 0, 6, 'Talks.'), (2, 1, 7, 7, 'A trip.'), (3, 1, 15, 14, 'Undated talks.');
            INSERT INTO "Officials" ("Id", "Name", "NameKey", "Aliases", "NotOfficial") VALUES (1, 'Anna Berg', 'anna berg', '[]', 0);
            INSERT INTO "Visits" ("Id", "TravelerId", "HostCountry", "Cities", "Start") VALUES (1, 1, 'Chile', '[]', '2024-04-27'), (2, 1, 'Peru', '[]', NULL);
            INSERT INTO "Meetings" ("Id", "VisitId", "Date", "Status", "DateFirm") VALUES (1, 1, '2024-04-28', 1, 1), (2, 2, NULL, 1, 0);
            INSERT INTO "Issues" ("Id", "Slug", "Name") VALUES (1, 'trade', 'Trade');
            INSERT INTO "IssueMentions" ("Id", "IssueId", "ExcerptId", "VisitId", "MeetingId") VALUES (1, 1, 1, 1, 1), (2, 1, 2, 1, NULL), (3, 1, 3, 2, 2);
            """);

        await migrator.MigrateAsync();

        var days = await db.IssueMentions.OrderBy(m => m.Id).Select(m => m.Day).ToListAsync();
        Assert.Equal([new DateOnly(2024, 4, 28), new DateOnly(2024, 4, 27), new DateOnly(2024, 5, 1)], days);
    }

    /// <summary>
    /// The writer and the corrections name tables and columns through the EF model; a name typed into a statement
    /// by hand that the model does not map (a renamed column, a convention's join column) fails here.
    /// </summary>
    [Fact]
    public async Task EveryTableAndColumnTheWritersStatementsNameIsInTheModel()
    {
        using var store = new StoreFixture(Articles.Pipeline, Articles.Lexicon.Issues);
        var seeds = Directory.GetFiles(Path.Combine(RepositoryRoot(), "seeds"), "*.txt").Order(StringComparer.Ordinal).ToList();
        foreach (var seed in seeds)
        {
            await store.IngestAsync(Path.GetFileName(seed), await File.ReadAllTextAsync(seed));
        }

        // A new version of one source, a re-extraction of all, and the editors' corrections, so every statement is prepared.
        await store.IngestAsync(Path.GetFileName(seeds[0]), await File.ReadAllTextAsync(seeds[1]));
        var corrections = new FactCorrections(store.Factory, TimeProvider.System);
        var editor = new CorrectionAuthor("editor");
        int visit, meeting, survivor, absorbed;
        string slug;
        await using (var db = store.Db())
        {
            visit = await db.Visits.OrderBy(v => v.Id).Select(v => v.Id).FirstAsync();
            meeting = await db.Meetings.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
            (survivor, absorbed) = (await db.Officials.OrderBy(o => o.Id).Select(o => o.Id).Take(2).ToListAsync()) switch { var ids => (ids[0], ids[1]) };
            slug = await db.Issues.OrderBy(i => i.Id).Select(i => i.Slug).FirstAsync();
        }

        await corrections.EditAsync(FactKind.Meeting, meeting, new Dictionary<string, string?> { ["city"] = "Oslo", ["status"] = "held" }, editor, CancellationToken.None);
        await corrections.SetIssuesAsync(FactKind.Visit, visit, [slug], [], editor, CancellationToken.None);
        await corrections.MergeAsync(FactKind.Official, survivor, absorbed, editor, CancellationToken.None);
        await store.ReextractAllAsync();

        await using var model = store.Db();
        var tables = model.Model.GetEntityTypes().Where(e => e.GetTableName() is not null)
            .GroupBy(e => e.GetTableName()!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.GetProperties().Select(p => p.GetColumnName(StoreObjectIdentifier.Table(g.Key))))
                .OfType<string>().ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var statements = StoreSql.Statements;
        Assert.Contains(statements, s => s.Contains($"\"{JoinTables.MeetingParticipants.Table}\"", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("\"Corrections\"", StringComparison.Ordinal));
        foreach (var statement in statements)
        {
            var named = Regex.Matches(statement, @"\b(?:FROM|JOIN|INTO|UPDATE)\s+""([^""]+)""").Select(m => m.Groups[1].Value).ToList();
            Assert.All(named, table => Assert.True(tables.ContainsKey(table), $"{statement}\n  no table {table}"));
            var columns = named.SelectMany(t => tables[t]).ToHashSet(StringComparer.Ordinal);
            foreach (var identifier in Regex.Matches(statement, @"""([^""]+)""").Select(m => m.Groups[1].Value).Where(i => !named.Contains(i)))
            {
                Assert.True(columns.Contains(identifier), $"{statement}\n  no column {identifier} in {string.Join(", ", named)}");
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "seeds")) && Directory.Exists(Path.Combine(dir.FullName, "src")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (with seeds/ and src/) was not found.");
    }
}

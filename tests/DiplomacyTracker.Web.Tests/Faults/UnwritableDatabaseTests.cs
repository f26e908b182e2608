using System.Data.Common;
using System.Globalization;
using System.Text;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Faults;

/// <summary>
/// The app's ingestor over a database that refuses writes: opened read-only, or with no room left (SQLite's page
/// limit stands in for a full disk). The outcome says why in words a user can act on, and nothing is half-written.
/// </summary>
public sealed class UnwritableDatabaseTests : IDisposable
{
    private readonly TrackerAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task IngestIntoAReadOnlyDatabaseFailsSayingSoAndChangesNothing()
    {
        await StoreFirstArticleAsync();
        var before = await CountsAsync();
        var connection = new SqliteConnectionStringBuilder(TrackerDatabase.ConnectionStringFor(_app.DatabasePath))
        {
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        };

        var outcome = await IngestorOver(connection.ToString()).IngestAsync("generated/001.txt", Article(1), CancellationToken.None);

        Assert.Equal(IngestStatus.Failed, outcome.Status);
        Assert.Equal("could not store it: the database is read-only", outcome.Message);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task IngestIntoAFullDatabaseFailsSayingSoAndStoresNoPartOfTheArticle()
    {
        await StoreFirstArticleAsync();
        var before = await CountsAsync();
        var connection = new SqliteConnectionStringBuilder(TrackerDatabase.ConnectionStringFor(_app.DatabasePath)) { Pooling = false };

        // Long enough to need pages beyond those the database has free.
        var filler = string.Join("\n", Enumerable.Range(0, 3000).Select(n => $"Aides prepared briefing paper {n} for the talks."));
        var article = Encoding.UTF8.GetBytes(GeneratedArticles.Visit(1) + "\n" + filler);

        var outcome = await IngestorOver(connection.ToString(), new NoRoomToGrow()).IngestAsync("generated/001.txt", article, CancellationToken.None);

        Assert.Equal(IngestStatus.Failed, outcome.Status);
        Assert.Equal("could not store it: the database or the disk is full", outcome.Message);
        Assert.Equal(before, await CountsAsync());
    }

    private static byte[] Article(int i) => Encoding.UTF8.GetBytes(GeneratedArticles.Visit(i));

    private async Task StoreFirstArticleAsync()
    {
        _app.StartServer();
        var outcome = await _app.Services.GetRequiredService<ArticleIngestor>().IngestAsync("generated/000.txt", Article(0), CancellationToken.None);
        Assert.Equal(IngestStatus.Ingested, outcome.Status);
    }

    /// <summary>The app's ingestor (its extractor, taxonomy and readers) writing through other connections.</summary>
    private ArticleIngestor IngestorOver(string connectionString, params IInterceptor[] interceptors)
    {
        var options = (DbContextOptionsBuilder<TrackerDbContext>)TrackerDatabase.UseTrackerSqlite(new DbContextOptionsBuilder<TrackerDbContext>(), connectionString);
        if (interceptors.Length > 0)
        {
            options.AddInterceptors(interceptors);
        }

        return ActivatorUtilities.CreateInstance<ArticleIngestor>(_app.Services, new PooledDbContextFactory<TrackerDbContext>(options.Options));
    }

    /// <summary>Every kind of row an article brings; a part-stored article would change one of them.</summary>
    private Task<string> CountsAsync() => _app.QueryAsync(async db => string.Join(", ",
        $"articles {await db.Articles.CountAsync()}", $"excerpts {await db.Excerpts.CountAsync()}",
        $"visits {await db.Visits.CountAsync()}", $"visit reports {await db.VisitReports.CountAsync()}",
        $"meetings {await db.Meetings.CountAsync()}", $"officials {await db.Officials.CountAsync()}"));

    /// <summary>Caps each connection's database at the pages it has: the next page it needs is refused, as on a full disk.</summary>
    private sealed class NoRoomToGrow : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
            ConnectionOpenedAsync(connection, eventData).GetAwaiter().GetResult();

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA page_count";
            var pages = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            command.CommandText = $"PRAGMA max_page_count = {pages.ToString(CultureInfo.InvariantCulture)}";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

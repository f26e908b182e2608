using System.Text;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion;
using DiplomacyTracker.Tests;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DiplomacyTracker.Web.Tests.Faults;

/// <summary>
/// The app's ingestor writing to PostgreSQL through sessions whose transactions are read-only (as on a standby, or a
/// role set to <c>default_transaction_read_only</c>): the outcome says so in words, and nothing is stored.
/// </summary>
public sealed class ReadOnlyPostgreSqlSessionTests
{
    [SharedServerTheory]
    [MemberData(nameof(TestEngines.Shared), MemberType = typeof(TestEngines))]
    public async Task IngestThroughReadOnlySessionsFailsSayingSoAndChangesNothing(StoreProvider engine)
    {
        using var app = new TrackerAppFactory(engine);
        app.StartServer();
        // One article stored as usual first, so that the issue catalogue the ingestor syncs is there already.
        var first = await app.Services.GetRequiredService<ArticleIngestor>().IngestAsync("generated/000.txt", Article(0), CancellationToken.None);
        Assert.Equal(IngestStatus.Ingested, first.Status);
        var readOnly = new NpgsqlConnectionStringBuilder(app.Store.ConnectionString) { Options = "-c default_transaction_read_only=on", Pooling = false };
        var options = (DbContextOptionsBuilder<TrackerDbContext>)TrackerDatabase.UseTrackerPostgreSql(new DbContextOptionsBuilder<TrackerDbContext>(), readOnly.ToString());
        var ingestor = ActivatorUtilities.CreateInstance<ArticleIngestor>(app.Services, new PooledDbContextFactory<TrackerDbContext>(options.Options));

        var outcome = await ingestor.IngestAsync("generated/001.txt", Article(1), CancellationToken.None);

        Assert.Equal(IngestStatus.Failed, outcome.Status);
        Assert.Equal("could not store it: the database is read-only (a standby, or read-only transactions by default)", outcome.Message);
        Assert.Equal(1, await app.QueryAsync(db => db.Articles.CountAsync()));
    }

    private static byte[] Article(int i) => Encoding.UTF8.GetBytes(GeneratedArticles.Visit(i));
}

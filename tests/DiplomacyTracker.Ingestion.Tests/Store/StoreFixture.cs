using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiplomacyTracker.Ingestion.Tests.Store;

/// <summary>
/// A migrated store and an ingestor over it: a SQLite file in a temp folder, or a database of its own on the test's
/// PostgreSQL server (<see cref="DiplomacyTracker.Tests.TestEngines"/>).
/// </summary>
internal sealed class StoreFixture : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dt-store-" + Guid.NewGuid().ToString("N"));
    private readonly DiplomacyTracker.Tests.PostgresDatabase? _postgres;

    public StoreFixture(IArticleExtractor extractor, IReadOnlyList<IssueDefinition>? taxonomy = null, StoreProvider engine = StoreProvider.Sqlite)
    {
        Directory.CreateDirectory(_folder);
        if (engine == StoreProvider.PostgreSQL)
        {
            _postgres = DiplomacyTracker.Tests.TestEngines.NewPostgresDatabase();
            Store = _postgres.Store;
        }
        else
        {
            Store = new TrackerStore(StoreProvider.Sqlite, TrackerDatabase.ConnectionStringFor(Path.Combine(_folder, "t.db")));
        }

        ConnectionString = Store.ConnectionString;
        var options = TrackerDatabase.Options(Store);

        Factory = new ContextFactory(options);
        using (var db = Factory.CreateDbContext())
        {
            TrackerDatabase.MigrateAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        Ingestor = new ArticleIngestor(Factory, extractor, taxonomy ?? Taxonomy, new DiplomacyTracker.Ingestion.Reading.ArticleReaders(), NullLogger<ArticleIngestor>.Instance);
        Reextractor = new ArticleReextractor(Factory, extractor, taxonomy ?? Taxonomy, NullLogger<ArticleReextractor>.Instance);
    }

    public static IReadOnlyList<IssueDefinition> Taxonomy { get; } =
    [
        new("trade", "Trade and economic practices", "Trade", ["trade"]),
        new("climate", "Climate", "Climate", ["climate"]),
    ];

    public TrackerStore Store { get; }

    public StoreProvider Engine => Store.Provider;

    public string ConnectionString { get; }

    public ContextFactory Factory { get; }
    public ArticleIngestor Ingestor { get; }
    public ArticleReextractor Reextractor { get; }

    public string Folder => _folder;

    public TrackerDbContext Db() => Factory.CreateDbContext();

    public Task<IngestOutcome> IngestAsync(string path, string text, StatedMetadata? stated = null) =>
        Ingestor.IngestAsync(path, System.Text.Encoding.UTF8.GetBytes(text), CancellationToken.None, stated);

    public async Task<List<IngestOutcome>> ReextractAllAsync()
    {
        var outcomes = new List<IngestOutcome>();
        await foreach (var outcome in Reextractor.ReextractAsync(null, CancellationToken.None))
        {
            outcomes.Add(outcome);
        }

        return outcomes;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _postgres?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    internal sealed class ContextFactory(DbContextOptions<TrackerDbContext> options) : IDbContextFactory<TrackerDbContext>
    {
        public TrackerDbContext CreateDbContext() => new(options);
    }
}

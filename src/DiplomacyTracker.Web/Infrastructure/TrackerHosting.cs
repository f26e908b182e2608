using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion;
using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Reading;
using Microsoft.EntityFrameworkCore;
using Serilog;

namespace DiplomacyTracker.Web.Infrastructure;

public static class TrackerHosting
{
    /// <summary>
    /// Logging, the store and ingestion. The engine is <c>Tracker:Provider</c> (<c>Sqlite</c>, the default, or
    /// <c>PostgreSQL</c>). On SQLite the database is <paramref name="databasePath"/> when given (<c>--db</c>), else the
    /// <c>Tracker</c> connection string, else <c>tracker.db</c> in the data folder; PostgreSQL takes the
    /// <c>Tracker</c> connection string, which it must have.
    /// </summary>
    public static WebApplicationBuilder AddTracker(this WebApplicationBuilder builder, string? databasePath)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services));

        var options = builder.Configuration.GetSection(TrackerOptions.Section).Get<TrackerOptions>() ?? new TrackerOptions();
        builder.Services.Configure<TrackerOptions>(builder.Configuration.GetSection(TrackerOptions.Section));
        var store = StoreFrom(builder.Configuration, options, databasePath);
        builder.Services.AddTrackerStore(store, new ArticleReaderOptions(options.MaxArticleBytes));
        var dataFolder = store.Provider == StoreProvider.Sqlite
            ? Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(store.ConnectionString).DataSource)!
            : Path.GetFullPath(options.DataFolder);
        builder.Services.AddSingleton<Browsing.PublicSources>();
        builder.Services.AddSingleton(_ => Browsing.CountryTable.LoadDefault());
        builder.Services.AddSingleton(services => Browsing.WorldMap.Load(services.GetRequiredService<IWebHostEnvironment>()));
        builder.Services.AddSingleton(services => new Web.Ingestion.Submissions(Path.Combine(dataFolder, "submitted"),
            services.GetRequiredService<IDbContextFactory<TrackerDbContext>>()));
        return builder;
    }

    /// <summary>
    /// Compiles the extraction on another thread while this one prepares the database
    /// (<see cref="ExtractionPipeline.WarmUp"/>). Fails quietly: a lexicon that does not load says so
    /// where ingestion first needs it.
    /// </summary>
    public static void StartExtractionWarmUp(this IServiceProvider services, CancellationToken cancellationToken) =>
        _ = Task.Run(() =>
        {
            try
            {
                (services.GetRequiredService<IArticleExtractor>() as ExtractionPipeline)?.WarmUp(cancellationToken);
            }
            catch (Exception e)
            {
                services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TrackerHosting)).LogDebug(e, "The extraction warm-up stopped");
            }
        }, CancellationToken.None);

    /// <summary>Which engine and database the configuration names (see <see cref="AddTracker"/>).</summary>
    public static TrackerStore StoreFrom(IConfiguration configuration, TrackerOptions options, string? databasePath)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        var provider = TrackerStore.ParseProvider(configuration[$"{TrackerOptions.Section}:Provider"]);
        var configured = configuration.GetConnectionString("Tracker") is { Length: > 0 } value ? value : null;
        if (provider == StoreProvider.PostgreSQL)
        {
            if (databasePath is not null)
            {
                throw new ArgumentException("--db names a SQLite file; with Tracker:Provider=PostgreSQL the database is ConnectionStrings:Tracker.");
            }

            return new TrackerStore(provider, configured ?? throw new ArgumentException(
                "Tracker:Provider is PostgreSQL but ConnectionStrings:Tracker is not set (e.g. ConnectionStrings__Tracker=\"Host=db;Database=tracker;Username=tracker;Password=...\")."));
        }

        var connectionString = databasePath is not null
            ? TrackerDatabase.ConnectionStringFor(databasePath)
            : configured ?? TrackerDatabase.ConnectionStringFor(Path.Combine(Path.GetFullPath(options.DataFolder), "tracker.db"));
        // Once created, the file must exist: a database deleted under the running app is an error, not a new empty store.
        return new TrackerStore(provider, DatabaseFile.MustExist(connectionString));
    }

    /// <summary>Creates or upgrades the database; on first start ingests the seed folder.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, bool ingestSeeds, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        DatabaseFile.CreateIfMissing(scope.ServiceProvider.GetRequiredService<TrackerStore>());
        await TrackerDatabase.MigrateAsync(db, cancellationToken);

        var options = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<TrackerOptions>>().Value;
        if (!ingestSeeds || !options.IngestSeedsWhenEmpty || options.SeedFolder is null || await db.Articles.AnyAsync(cancellationToken)
            || await TrackerDatabase.IsReadOnlyAsync(db, cancellationToken))
        {
            return;
        }

        var seeds = Path.GetFullPath(options.SeedFolder);
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<ArticleIngestor>>();
        if (!Directory.Exists(seeds))
        {
            logger.LogWarning("The database is empty and the seed folder {Seeds} does not exist", seeds);
            return;
        }

        var ingestor = scope.ServiceProvider.GetRequiredService<ArticleIngestor>();
        var files = ArticleIngestor.ExpandPaths([options.SeedFolder]).ToList();
        await foreach (var outcome in ingestor.IngestFilesAsync(files, cancellationToken))
        {
            logger.LogInformation("Seed {Outcome}", outcome.ToString());
        }
    }

    /// <summary>A configured folder: relative paths are relative to the folder the app is run from.</summary>
    internal static string Resolve(string path) => Path.GetFullPath(path);
}

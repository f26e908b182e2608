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
    /// Logging, the store and ingestion. The database is <paramref name="databasePath"/> when given (<c>--db</c>),
    /// else the <c>Tracker</c> connection string, else <c>tracker.db</c> in the data folder.
    /// </summary>
    public static WebApplicationBuilder AddTracker(this WebApplicationBuilder builder, string? databasePath)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services));

        var options = builder.Configuration.GetSection(TrackerOptions.Section).Get<TrackerOptions>() ?? new TrackerOptions();
        builder.Services.Configure<TrackerOptions>(builder.Configuration.GetSection(TrackerOptions.Section));
        var connectionString = databasePath is not null
            ? TrackerDatabase.ConnectionStringFor(databasePath)
            : builder.Configuration.GetConnectionString("Tracker") is { Length: > 0 } configured
                ? configured
                : TrackerDatabase.ConnectionStringFor(Path.Combine(Path.GetFullPath(options.DataFolder), "tracker.db"));
        // Once created, the file must exist: a database deleted under the running app is an error, not a new empty store.
        builder.Services.AddTrackerStore(DatabaseFile.MustExist(connectionString), new ArticleReaderOptions(options.MaxArticleBytes));
        var databaseFolder = Path.GetDirectoryName(Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource))!;
        builder.Services.AddSingleton<Browsing.PublicSources>();
        builder.Services.AddSingleton(_ => Browsing.CountryTable.LoadDefault());
        builder.Services.AddSingleton(services => Browsing.WorldMap.Load(services.GetRequiredService<IWebHostEnvironment>()));
        builder.Services.AddSingleton(services => new Web.Ingestion.Submissions(Path.Combine(databaseFolder, "submitted"),
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

    /// <summary>Creates or upgrades the database; on first start ingests the seed folder.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, bool ingestSeeds, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        DatabaseFile.CreateIfMissing(db.Database.GetConnectionString()!);
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

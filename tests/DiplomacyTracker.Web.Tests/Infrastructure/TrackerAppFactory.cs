using AngleSharp;
using AngleSharp.Dom;
using DiplomacyTracker.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Infrastructure;

/// <summary>
/// The real app over its own temporary database: a SQLite file, or with <paramref name="engine"/> PostgreSQL a
/// database of its own on the test server (<see cref="DiplomacyTracker.Tests.TestEngines"/>), or a database another
/// factory made (<paramref name="sharedStore"/>: a second instance over the same store). With
/// <paramref name="ingestSeeds"/> the first start ingests the repository's seeds/ folder, as it does for a new user.
/// </summary>
public class TrackerAppFactory(bool ingestSeeds, string seedFolder = "seeds", StoreProvider engine = StoreProvider.Sqlite,
    TrackerStore? sharedStore = null) : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dt-web-" + Guid.NewGuid().ToString("N"));
    private DiplomacyTracker.Tests.PostgresDatabase? _postgres;

    public TrackerAppFactory() : this(ingestSeeds: false)
    {
    }

    public TrackerAppFactory(StoreProvider engine) : this(ingestSeeds: false, engine: engine)
    {
    }

    /// <summary>The store this app runs on.</summary>
    public TrackerStore Store => sharedStore ?? (engine == StoreProvider.PostgreSQL
        ? (_postgres ??= DiplomacyTracker.Tests.TestEngines.NewPostgresDatabase()).Store
        : new TrackerStore(StoreProvider.Sqlite, TrackerDatabase.ConnectionStringFor(DatabasePath)));

    /// <summary>The folder for this app's data (the SQLite file, submissions, an inbox).</summary>
    public string DataFolder => _folder;

    public string DatabasePath => Path.Combine(_folder, "tracker.db");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var store = Store;
        builder.UseSetting("Tracker:Provider", store.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Tracker", store.ConnectionString);
        builder.UseSetting("Tracker:DataFolder", _folder);
        builder.UseSetting("Tracker:SeedFolder", Path.Combine(RepositoryRoot, seedFolder));
        builder.UseSetting("Tracker:IngestSeedsWhenEmpty", ingestSeeds ? "true" : "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }

    /// <summary>Adds rows straight to the database, for pages tested apart from extraction.</summary>
    public async Task SeedAsync(Action<TrackerDbContext> add)
    {
        StartServer();
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        add(db);
        await db.SaveChangesAsync();

        // What the writer derives from the rows it writes, it derives from these too: the day each issue came up.
        await DiplomacyTracker.Ingestion.Store.IssueDays.RefreshAllAsync(db, CancellationToken.None);
    }

    public async Task<T> QueryAsync<T>(Func<TrackerDbContext, Task<T>> query)
    {
        StartServer();
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TrackerDbContext>());
    }

    /// <summary>GETs a page and parses it with AngleSharp.</summary>
    public async Task<HtmlPage> GetPageAsync(string url)
    {
        using var client = CreateClient();
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        var document = await BrowsingContext.New(Configuration.Default)
            .OpenAsync(r => r.Content(html).Address(new Uri(client.BaseAddress!, url)));
        return new HtmlPage(response.StatusCode, document);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
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

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DiplomacyTracker.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DiplomacyTracker.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>The app with the seeds ingested on first start, shared by the tests of one class.</summary>
public sealed class SeededAppFactory() : TrackerAppFactory(ingestSeeds: true);

/// <summary>The app on <paramref name="engine"/> with no search rate limit: a class of search tests sends more than a reader may.</summary>
public sealed class UnlimitedSearchAppFactory(StoreProvider engine) : TrackerAppFactory(engine)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Tracker:RateLimits:Search", "0");
    }
}

/// <summary>The app with the team's unseen-shape fixtures (tests/fixtures/unseen) ingested on first start.</summary>
public sealed class UnseenFixturesAppFactory() : TrackerAppFactory(ingestSeeds: true, seedFolder: Path.Combine("tests", "fixtures", "unseen"));

/// <summary>The app with the development set's articles (../shared/eval/dev/articles) ingested on first start.</summary>
public sealed class DevelopmentSetAppFactory() : TrackerAppFactory(ingestSeeds: true, seedFolder: Articles)
{
    public static string Articles { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "eval", "dev", "articles"));
}

/// <summary>A fetched page: its status and its parsed HTML.</summary>
public sealed record HtmlPage(System.Net.HttpStatusCode Status, IDocument Document);

using DiplomacyTracker.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Data.Sqlite;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// The browse pages are cached whole, keyed by the store's version, which changes with every commit to the store
/// (ingest from any process, upload, inbox, re-extraction, an edit by hand): the next request after a write renders
/// afresh. Signed-in editors' pages are never cached (the output cache's default rule).
/// </summary>
public static class PageCaching
{
    public const string Policy = "Browse";

    private static readonly string[] Pages =
    [
        "/Index", "/Visits/Details", "/Meetings/Details", "/Issues/Index", "/Issues/Details", "/Officials/Index", "/Officials/Details",
        "/Articles/Index", "/Articles/Details", "/Search/Index",
    ];

    public static WebApplicationBuilder AddTrackerPageCaching(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<StoreVersion>();
        builder.Services.AddOutputCache(options =>
        {
            // Bounded, so a crawl through every page cannot grow the working set without limit.
            options.SizeLimit = 48 * 1024 * 1024;
            // A page is a part of an article at most (TextWindow.Size characters); anything bigger is served, not kept.
            options.MaximumBodySize = 2 * 1024 * 1024;
            options.AddPolicy(Policy, policy => policy.AddPolicy<StoreVersionPolicy>().SetVaryByQuery("*").Expire(TimeSpan.FromMinutes(10)));
        });
        builder.Services.PostConfigure<RazorPagesOptions>(pages =>
        {
            foreach (var page in Pages)
            {
                pages.Conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = Policy }));
            }
        });
        return builder;
    }

    /// <summary>Adds the store's version to the cache key.</summary>
    private sealed class StoreVersionPolicy(StoreVersion version) : IOutputCachePolicy
    {
        public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) =>
            context.CacheVaryByRules.VaryByValues["store"] = await version.CurrentAsync(cancellation);

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}

/// <summary>
/// A value that changes whenever anything commits to the store: this process's commits through EF
/// (<see cref="StoreCommits"/>), and another process's (the ingest command, a script) through SQLite's
/// <c>data_version</c> as seen by one connection kept open for the purpose, which itself never writes. Costs a
/// pragma per request, no I/O beyond the WAL index.
/// </summary>
public sealed class StoreVersion(Microsoft.EntityFrameworkCore.IDbContextFactory<TrackerDbContext> dbFactory) : IDisposable
{
    private readonly Lock _lock = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _command;

    public ValueTask<string> CurrentAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_connection is null)
            {
                using var db = dbFactory.CreateDbContext();
                var connectionString = Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetConnectionString(db.Database);
                _connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
                _connection.Open();
                _command = _connection.CreateCommand();
                _command.CommandText = "PRAGMA data_version";
            }

            var version = Convert.ToString(_command!.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            return ValueTask.FromResult($"{StoreCommits.Count}.{version}");
        }
    }

    public void Dispose()
    {
        _command?.Dispose();
        _connection?.Dispose();
    }
}

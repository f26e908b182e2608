using DiplomacyTracker.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

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
        builder.Services.AddSingleton<SharedStoreChanges>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SharedStoreChanges>());
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
/// (<see cref="StoreCommits"/>), and another process's or instance's: on SQLite through its <c>data_version</c> as seen
/// by one connection kept open for the purpose, which itself never writes (a pragma per request, no I/O beyond the WAL
/// index); on PostgreSQL through the commits announced on the database (<see cref="SharedStoreChanges"/>).
/// </summary>
public sealed class StoreVersion(IDbContextFactory<TrackerDbContext> dbFactory, TrackerStore store, SharedStoreChanges shared) : IDisposable
{
    private readonly Lock _lock = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _command;

    public ValueTask<string> CurrentAsync(CancellationToken cancellationToken)
    {
        if (store.Provider == StoreProvider.PostgreSQL)
        {
            return ValueTask.FromResult($"{StoreCommits.Count}.{shared.Version}");
        }

        lock (_lock)
        {
            if (_connection is null)
            {
                using var db = dbFactory.CreateDbContext();
                var connectionString = db.Database.GetConnectionString();
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

/// <summary>
/// On PostgreSQL, the commits any instance or process makes to the store, heard through <c>LISTEN</c> on
/// <see cref="StoreCommits.Channel"/> over one connection of its own. <see cref="Version"/> changes with each; while
/// the connection is down (not yet open, or lost) it is new at every read, so nothing cached is served that could be
/// stale, and a reconnection starts a new epoch for the same reason. Does nothing on SQLite.
/// </summary>
public sealed class SharedStoreChanges(TrackerStore store, ILogger<SharedStoreChanges> logger) : BackgroundService
{
    private long _heard;
    private long _epoch;
    private volatile bool _listening;

    public string Version => _listening
        ? $"{Interlocked.Read(ref _epoch)}.{Interlocked.Read(ref _heard)}"
        : $"unheard.{Guid.NewGuid():N}";

    /// <summary>Whether the connection is open and listening (tests wait for it).</summary>
    public bool Listening => _listening;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (store.Provider != StoreProvider.PostgreSQL)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var builder = new Npgsql.NpgsqlConnectionStringBuilder(store.ConnectionString) { Pooling = false, KeepAlive = 15 };
                await using var connection = new Npgsql.NpgsqlConnection(builder.ToString());
                connection.Notification += (_, _) => Interlocked.Increment(ref _heard);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = connection.CreateCommand())
                {
                    listen.CommandText = "LISTEN " + StoreCommits.Channel;
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                Interlocked.Increment(ref _epoch);
                _listening = true;
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                _listening = false;
                logger.LogWarning(e, "Lost the store's change notifications; pages are not cached until they are heard again");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
            finally
            {
                _listening = false;
            }
        }
    }
}

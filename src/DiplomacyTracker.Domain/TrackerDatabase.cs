using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DiplomacyTracker.Domain;

/// <summary>Opening the store on either engine: connection strings, migrations and the settings every connection needs.</summary>
public static class TrackerDatabase
{
    /// <summary>The assembly that holds the PostgreSQL migration history (SQLite's is in this one).</summary>
    public const string PostgreSqlMigrations = "DiplomacyTracker.Migrations.PostgreSQL";

    /// <summary>A connection string for a database file; the folder is created when missing.</summary>
    public static string ConnectionStringFor(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new SqliteConnectionStringBuilder { DataSource = full, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    public static DbContextOptions<TrackerDbContext> Options(string connectionString) => Options(new TrackerStore(StoreProvider.Sqlite, connectionString));

    public static DbContextOptions<TrackerDbContext> Options(TrackerStore store) =>
        ((DbContextOptionsBuilder<TrackerDbContext>)UseTracker(new DbContextOptionsBuilder<TrackerDbContext>(), store)).Options;

    /// <summary>The store's engine with the store's settings.</summary>
    public static DbContextOptionsBuilder UseTracker(DbContextOptionsBuilder builder, TrackerStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Provider switch
        {
            StoreProvider.PostgreSQL => UseTrackerPostgreSql(builder, store.ConnectionString),
            _ => UseTrackerSqlite(builder, store.ConnectionString),
        };
    }

    /// <summary>
    /// PostgreSQL at <paramref name="connectionString"/>: split queries, migrations from their own assembly, and the
    /// commits counted as on SQLite (<see cref="StoreCommits"/>, which also tells the other instances).
    /// </summary>
    public static DbContextOptionsBuilder UseTrackerPostgreSql(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // The writer runs the same few dozen statements for every article: prepared on the server once they repeat
        // (3,000 generated articles: 27 articles/s unprepared, 41 prepared; BENCHMARKS.md), unless the string says otherwise.
        var settings = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            settings.MaxAutoPrepare = 256;
            settings.AutoPrepareMinUsages = 2;
        }

        connectionString = settings.ToString();
        return builder.UseNpgsql(connectionString, npgsql => npgsql
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)
                .MigrationsAssembly(PostgreSqlMigrations))
            .AddInterceptors(StoreCommits.Instance);
    }

    public static bool IsPostgreSql(this DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";
    }

    /// <summary>SQLite at <paramref name="connectionString"/> with the store's settings: split queries, per-connection pragmas.</summary>
    public static DbContextOptionsBuilder UseTrackerSqlite(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(ConnectionPragmas.Instance, StoreCommits.Instance);
    }

    /// <summary>
    /// Creates or upgrades the schema through EF migrations and switches the file to WAL. A read-only database that is
    /// up to date is left as it is (reading needs no migration lock); one that would need upgrading is refused with
    /// <see cref="ReadOnlyDatabaseException"/>.
    /// </summary>
    public static async Task MigrateAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.IsPostgreSql() && !await db.GetService<Microsoft.EntityFrameworkCore.Storage.IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
        {
            // A server without the database yet: migrating creates it.
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        if (await IsReadOnlyAsync(db, cancellationToken))
        {
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                throw new ReadOnlyDatabaseException(db.Database.GetDbConnection().DataSource, "it needs upgrading to this version's schema");
            }

            return;
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (!db.IsPostgreSql())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>
    /// Whether the database can only be read: SQLite's file permissions, a read-only mount, <c>Mode=ReadOnly</c>;
    /// PostgreSQL's standby in recovery or a session that defaults to read-only transactions.
    /// </summary>
    public static async Task<bool> IsReadOnlyAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (db.Database.GetDbConnection() is SqliteConnection sqlite)
            {
                return DatabaseFile.IsReadOnly(sqlite);
            }

            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT pg_is_in_recovery() OR current_setting('default_transaction_read_only') = 'on'";
            return await command.ExecuteScalarAsync(cancellationToken) is true;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

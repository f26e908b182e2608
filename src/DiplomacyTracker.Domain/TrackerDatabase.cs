using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Domain;

/// <summary>Opening the store: connection strings, migrations and the SQLite settings every connection needs.</summary>
public static class TrackerDatabase
{
    /// <summary>A connection string for a database file; the folder is created when missing.</summary>
    public static string ConnectionStringFor(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new SqliteConnectionStringBuilder { DataSource = full, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    public static DbContextOptions<TrackerDbContext> Options(string connectionString) =>
        ((DbContextOptionsBuilder<TrackerDbContext>)UseTrackerSqlite(new DbContextOptionsBuilder<TrackerDbContext>(), connectionString)).Options;

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
        if (await IsReadOnlyAsync(db, cancellationToken))
        {
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                throw new ReadOnlyDatabaseException(db.Database.GetDbConnection().DataSource, "it needs upgrading to this version's schema");
            }

            return;
        }

        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>Whether the database can only be read (file permissions, a read-only mount, <c>Mode=ReadOnly</c>).</summary>
    public static async Task<bool> IsReadOnlyAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return DatabaseFile.IsReadOnly((SqliteConnection)db.Database.GetDbConnection());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

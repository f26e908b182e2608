using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace DiplomacyTracker.Domain;

/// <summary>
/// Whether the database file an open connection writes to is still the one it names, and whether it may be
/// written at all. A file deleted or moved while the tracker runs is still readable through the open connection, so
/// every write would go into a file nobody will open again; the tracker stops writing instead.
/// </summary>
public static class DatabaseFile
{
    private const int HasMovedOperation = 20; // SQLITE_FCNTL_HAS_MOVED

    /// <summary>Whether SQLite opened the main database read-only (file permissions, a read-only mount, Mode=ReadOnly).</summary>
    public static bool IsReadOnly(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1;
    }

    /// <summary>
    /// Whether the main database file was deleted, or another file now has its name (SQLite's
    /// <c>SQLITE_FCNTL_HAS_MOVED</c>; where that cannot be asked, whether a file of its name still exists).
    /// </summary>
    public static bool HasMoved(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var path = connection.DataSource;
        if (string.IsNullOrEmpty(path) || path == ":memory:" || connection.Handle is null)
        {
            return false;
        }

        try
        {
            var moved = 0;
            if (FileControl(connection.Handle.DangerousGetHandle(), "main\0"u8.ToArray(), HasMovedOperation, ref moved) == 0)
            {
                return moved != 0;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Another SQLite build: the file's presence is the best evidence left.
        }

        return !File.Exists(path);
    }

    /// <summary>Throws <see cref="DatabaseMovedException"/> when <see cref="HasMoved"/>; a server's database has no file to move.</summary>
    public static void EnsureInPlace(System.Data.Common.DbConnection connection)
    {
        if (connection is SqliteConnection sqlite && HasMoved(sqlite))
        {
            throw new DatabaseMovedException(connection.DataSource);
        }
    }

    /// <summary>
    /// Opens the context's connection to a database that must exist (the app connects with <c>Mode=ReadWrite</c>, so a
    /// deleted file is not silently created afresh) and checks it is still in place.
    /// </summary>
    public static async Task OpenInPlaceAsync(Microsoft.EntityFrameworkCore.DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database) is not SqliteConnection connection)
        {
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.OpenConnectionAsync(db.Database, cancellationToken);
            return;
        }

        try
        {
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.OpenConnectionAsync(db.Database, cancellationToken);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == CantOpen && !File.Exists(connection.DataSource))
        {
            throw new DatabaseMovedException(connection.DataSource);
        }

        EnsureInPlace(connection);
    }

    /// <summary>The connection string to open a database that must already exist: <c>ReadWriteCreate</c> becomes <c>ReadWrite</c>.</summary>
    public static string MustExist(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate && builder.DataSource is { Length: > 0 } and not ":memory:")
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }

        return builder.ToString();
    }

    /// <summary>Creates the database file if there is none (the first start), so it can then be opened with <see cref="MustExist"/>.</summary>
    public static void CreateIfMissing(TrackerStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.Provider == StoreProvider.Sqlite)
        {
            CreateIfMissing(store.ConnectionString);
        }
    }

    public static void CreateIfMissing(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.ReadWrite || File.Exists(builder.DataSource))
        {
            return;
        }

        builder.Mode = SqliteOpenMode.ReadWriteCreate;
        builder.Pooling = false;
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
    }

    private const int CantOpen = 14; // SQLITE_CANTOPEN

    [DllImport("e_sqlite3", EntryPoint = "sqlite3_file_control")]
    private static extern int FileControl(IntPtr db, byte[] name, int operation, ref int argument);
}

/// <summary>The database file was deleted or moved while in use; nothing more is written to it.</summary>
public sealed class DatabaseMovedException(string path) : IOException(
    $"the database file {path} was deleted or moved while the tracker was using it; nothing more is written. Put it back, or restart the tracker to use the file now at that path");

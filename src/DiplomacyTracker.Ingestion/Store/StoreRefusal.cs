using Microsoft.Data.Sqlite;
using Npgsql;

namespace DiplomacyTracker.Ingestion.Store;

/// <summary>
/// The store's refusals to write, on either engine, in words a user can act on instead of the engine's text; null for
/// any other failure.
/// </summary>
internal static class StoreRefusal
{
    private const int ReadOnly = 8; // SQLITE_READONLY
    private const int Full = 13; // SQLITE_FULL

    public static string? Describe(Exception exception) => exception.GetBaseException() switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode switch
        {
            ReadOnly => "the database is read-only",
            Full => "the database or the disk is full",
            _ => null,
        },
        PostgresException postgres => postgres.SqlState switch
        {
            PostgresErrorCodes.ReadOnlySqlTransaction => "the database is read-only (a standby, or read-only transactions by default)",
            PostgresErrorCodes.DiskFull => "the database server's disk is full",
            PostgresErrorCodes.OutOfMemory => "the database server is out of memory",
            PostgresErrorCodes.TooManyConnections => "the database server has no connection to spare (max_connections)",
            PostgresErrorCodes.InsufficientPrivilege => "the database role may not write to the tracker's tables",
            PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.AdminShutdown => "the database server is starting or shutting down",
            _ => null,
        },
        _ => null,
    };
}

using Microsoft.Data.Sqlite;

namespace DiplomacyTracker.Ingestion.Store;

/// <summary>
/// SQLite's refusals to write, in words a user can act on instead of the engine's text; null for any other failure.
/// </summary>
internal static class StoreRefusal
{
    private const int ReadOnly = 8; // SQLITE_READONLY
    private const int Full = 13; // SQLITE_FULL

    public static string? Describe(Exception exception) => exception.GetBaseException() is SqliteException sqlite
        ? sqlite.SqliteErrorCode switch
        {
            ReadOnly => "the database is read-only",
            Full => "the database or the disk is full",
            _ => null,
        }
        : null;
}

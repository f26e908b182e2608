namespace DiplomacyTracker.Domain;

/// <summary>The engines the store runs on: one EF model, one migration history for each.</summary>
public enum StoreProvider
{
    /// <summary>A database file beside the app: one command, nothing to install (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for an archive several editors and web instances share.</summary>
    PostgreSQL,
}

/// <summary>Which engine holds the store, and where.</summary>
/// <param name="Provider">The engine.</param>
/// <param name="ConnectionString">SQLite: <c>Data Source=…</c>; PostgreSQL: <c>Host=…;Database=…</c>.</param>
public sealed record TrackerStore(StoreProvider Provider, string ConnectionString)
{
    /// <summary>The <c>Tracker:Provider</c> setting: <c>Sqlite</c> or <c>PostgreSQL</c> (any case; empty means SQLite).</summary>
    public static StoreProvider ParseProvider(string? setting) => setting?.Trim() switch
    {
        null or "" => StoreProvider.Sqlite,
        var s when s.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) || s.Equals("SQLite", StringComparison.OrdinalIgnoreCase) => StoreProvider.Sqlite,
        var s when s.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) || s.Equals("Postgres", StringComparison.OrdinalIgnoreCase)
                   || s.Equals("Npgsql", StringComparison.OrdinalIgnoreCase) => StoreProvider.PostgreSQL,
        var s => throw new ArgumentException($"Tracker:Provider is '{s}'; it must be Sqlite or PostgreSQL."),
    };

    public override string ToString() => Provider == StoreProvider.Sqlite
        ? $"SQLite {new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource}"
        : $"PostgreSQL {Describe(ConnectionString)}";

    // Host and database only: never the password.
    private static string Describe(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }
}

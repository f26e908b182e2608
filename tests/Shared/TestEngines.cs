using DiplomacyTracker.Domain;
using Npgsql;
using Xunit;

namespace DiplomacyTracker.Tests;

/// <summary>
/// The engines the store tests run on. SQLite always; PostgreSQL when <c>TRACKER_TEST_POSTGRES</c> names a server
/// (<c>Host=localhost;Username=tracker;Password=…</c>, a role that may create databases), as CI sets it after starting
/// the machine's PostgreSQL. Each test gets a database of its own, dropped afterwards. With
/// <c>TRACKER_TEST_POSTGRES_REQUIRED=1</c> (CI) a server that cannot be reached fails the run instead of leaving the
/// PostgreSQL cases out.
/// </summary>
public static class TestEngines
{
    public const string ServerVariable = "TRACKER_TEST_POSTGRES";
    public const string RequiredVariable = "TRACKER_TEST_POSTGRES_REQUIRED";

    public static string? Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value ? value : null;

    public static bool Required => Environment.GetEnvironmentVariable(RequiredVariable) == "1";

    /// <summary>Theory data: every engine this run has.</summary>
    public static TheoryData<StoreProvider> All
    {
        get
        {
            var engines = new TheoryData<StoreProvider> { StoreProvider.Sqlite };
            if (Server is not null || Required)
            {
                engines.Add(StoreProvider.PostgreSQL);
            }

            return engines;
        }
    }

    /// <summary>Theory data: PostgreSQL alone, when this run has it (tests of what only a shared server does).</summary>
    public static TheoryData<StoreProvider> Shared
    {
        get
        {
            var engines = new TheoryData<StoreProvider>();
            if (Server is not null || Required)
            {
                engines.Add(StoreProvider.PostgreSQL);
            }

            return engines;
        }
    }

    /// <summary>A new store on <paramref name="engine"/> that several apps can share; removed with the returned handle.</summary>
    public static TestStore NewStore(StoreProvider engine) => new(engine);

    /// <summary>A new, empty PostgreSQL database on the test server; dropped with the returned handle.</summary>
    public static PostgresDatabase NewPostgresDatabase() =>
        new(Server ?? throw new InvalidOperationException($"{RequiredVariable}=1 but {ServerVariable} names no PostgreSQL server."));
}

/// <summary>A database of its own for one test on the test server.</summary>
public sealed class PostgresDatabase : IDisposable
{
    private readonly string _server;

    internal PostgresDatabase(string server)
    {
        _server = server;
        Name = "dt_test_" + Guid.NewGuid().ToString("N")[..16];
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name, IncludeErrorDetail = true }.ToString();
        Admin($"CREATE DATABASE \"{Name}\"");
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public TrackerStore Store => new(StoreProvider.PostgreSQL, ConnectionString);

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Admin($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        }
        catch (NpgsqlException)
        {
            // A test database left behind is harmless; its name says what it was.
        }
    }

    private void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>A store of its own for one test, on either engine, owned by the test rather than by an app.</summary>
public sealed class TestStore : IDisposable
{
    private readonly PostgresDatabase? _postgres;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dt-store-" + Guid.NewGuid().ToString("N"));

    internal TestStore(StoreProvider engine)
    {
        if (engine == StoreProvider.PostgreSQL)
        {
            _postgres = TestEngines.NewPostgresDatabase();
            Store = _postgres.Store;
        }
        else
        {
            Store = new TrackerStore(StoreProvider.Sqlite, TrackerDatabase.ConnectionStringFor(Path.Combine(_folder, "tracker.db")));
        }
    }

    public TrackerStore Store { get; }

    public void Dispose()
    {
        _postgres?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

/// <summary>A theory about what only a shared server does: skipped, saying why, when this run has no PostgreSQL.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedServerTheoryAttribute : TheoryAttribute
{
    public SharedServerTheoryAttribute()
    {
        if (TestEngines.Server is null && !TestEngines.Required)
        {
            Skip = $"needs a PostgreSQL server: set {TestEngines.ServerVariable} (CI does)";
        }
    }
}

/// <summary>A fact about what only a shared server does: skipped, saying why, when this run has no PostgreSQL.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedServerFactAttribute : FactAttribute
{
    public SharedServerFactAttribute()
    {
        if (TestEngines.Server is null && !TestEngines.Required)
        {
            Skip = $"needs a PostgreSQL server: set {TestEngines.ServerVariable} (CI does)";
        }
    }
}

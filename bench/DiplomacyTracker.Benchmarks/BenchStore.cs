using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DiplomacyTracker.Benchmarks;

/// <summary>
/// The store a benchmark runs the app over: a SQLite file (<c>--db PATH</c>) or a PostgreSQL database
/// (<c>--postgres "Host=…;Database=…;Username=…;Password=…"</c>), with what the app's command line and environment need
/// to use it, a way to start it afresh, and a read-only connection for counting.
/// </summary>
internal sealed record BenchStore(string? File, string? Postgres)
{
    public static BenchStore From(IReadOnlyDictionary<string, string> options) =>
        options.TryGetValue("postgres", out var postgres) ? new BenchStore(null, postgres)
        : options.TryGetValue("db", out var db) ? new BenchStore(Path.GetFullPath(db), null)
        : throw new ArgumentException("--db PATH or --postgres CONNECTION is required");

    public bool IsPostgres => Postgres is not null;

    public override string ToString() => IsPostgres ? $"PostgreSQL {new NpgsqlConnectionStringBuilder(Postgres).Database}" : $"SQLite {File}";

    /// <summary>A second store beside this one (the generated corpus of a <c>real</c> run).</summary>
    public BenchStore Beside(string suffix) => IsPostgres
        ? this with { Postgres = new NpgsqlConnectionStringBuilder(Postgres) { Database = new NpgsqlConnectionStringBuilder(Postgres).Database + "_" + suffix }.ToString() }
        : this with { File = File + "." + suffix + ".db" };

    /// <summary>What the app's command line takes to use this store.</summary>
    public IEnumerable<string> Arguments => IsPostgres ? [] : ["--db", File!];

    /// <summary>What the app's environment takes to use this store.</summary>
    public IEnumerable<KeyValuePair<string, string>> Environment => IsPostgres
        ? [new("Tracker__Provider", "PostgreSQL"), new("ConnectionStrings__Tracker", Postgres!)]
        : [];

    /// <summary>Removes the store, so the app creates it afresh.</summary>
    public void Reset()
    {
        if (!IsPostgres)
        {
            foreach (var file in new[] { File!, File + "-wal", File + "-shm" })
            {
                System.IO.File.Delete(file);
            }

            return;
        }

        var builder = new NpgsqlConnectionStringBuilder(Postgres);
        using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Postgres) { Database = "postgres", Pooling = false }.ToString());
        admin.Open();
        using var command = admin.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{builder.Database}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }

    public DbConnection OpenReadOnly()
    {
        DbConnection connection = IsPostgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Postgres) { Pooling = false }.ToString())
            : new SqliteConnection($"Data Source={File};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }
}

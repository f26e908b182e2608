using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;
using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DiplomacyTracker.Ingestion.Store;

/// <summary>
/// Plain SQL on the context's connection and inside its current transaction, each statement prepared once and
/// reused with new values: the writer runs a few dozen small statements per article, and building EF change-tracked
/// graphs for them cost ten times what SQLite spends on the rows. A statement is a function of the
/// <see cref="StoreSchema"/> giving its text (built once per model), so it names tables and columns as the EF model
/// maps them; values bind to named parameters (<c>@Title</c>), converted as the model converts their types. The SQL
/// is what SQLite and PostgreSQL both read (<c>INSERT ... ON CONFLICT DO NOTHING</c>, <c>RETURNING</c>, savepoints).
/// </summary>
internal sealed class StoreSql(TrackerDbContext db) : IDisposable
{
    private static readonly ConcurrentDictionary<string, bool> Prepared = new(StringComparer.Ordinal);

    /// <summary>By the statement itself: a lambda that captures nothing is one delegate for the process's lifetime.</summary>
    private readonly Dictionary<Func<StoreSchema, string>, DbCommand> _commands = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, DbCommand> _controls = new(StringComparer.Ordinal);
    private readonly StoreSchema _schema = StoreSchema.Of(db);
    private readonly bool _sqlite = !db.IsPostgreSql();

    /// <summary>Every statement a writer in this process has prepared, for the query-plan checks.</summary>
    public static IReadOnlyCollection<string> Statements => [.. Prepared.Keys];

    /// <summary>Pages of the database file the writer's connection keeps in memory (SQLite's default is 2 MB).</summary>
    private const int WriterCacheKibibytes = 32 * 1024;

    private const int DefaultCacheKibibytes = 2000;

    /// <summary>
    /// Opens the connection for the writer's lifetime, so EF does not close it (and its prepared statements) between
    /// batches, with a larger page cache on SQLite: at 100,000 articles the indexes the writer looks up in are hundreds
    /// of megabytes, and every page not in the cache is a read from the file. (A PostgreSQL server sizes its own.)
    /// </summary>
    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (_sqlite)
        {
            Control($"PRAGMA cache_size = -{WriterCacheKibibytes}");
        }
    }

    /// <summary>
    /// The store's one writer at a time, across every process and instance: on PostgreSQL a transaction-scoped
    /// advisory lock (<see cref="StoreWriteLock"/>), released by the commit or rollback, taken first thing in every
    /// writing transaction, so two instances ingesting at once cannot both create the same official, trip or meeting
    /// (SQLite has one writer per file already).
    /// </summary>
    public void LockStoreForWriting()
    {
        if (!_sqlite)
        {
            Control($"SELECT pg_advisory_xact_lock({StoreWriteLock})");
        }
    }

    /// <summary>The advisory lock key that stands for writing to the store.</summary>
    public const long StoreWriteLock = 0x4454_5752_4954_45; // "DTWRITE"

    public int Execute(Func<StoreSchema, string> statement, params ReadOnlySpan<(string Name, object? Value)> values) =>
        Bind(statement, values).ExecuteNonQuery();

    /// <summary>Runs an <c>INSERT ... RETURNING "Id"</c> and gives the new row's id.</summary>
    public int Insert(Func<StoreSchema, string> statement, params ReadOnlySpan<(string Name, object? Value)> values) =>
        Convert.ToInt32(Bind(statement, values).ExecuteScalar()!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first column of the first row, or null when there is no row.</summary>
    public int? FirstId(Func<StoreSchema, string> statement, params ReadOnlySpan<(string Name, object? Value)> values) =>
        Bind(statement, values).ExecuteScalar() is { } value and not DBNull ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    public List<T> Query<T>(Func<StoreSchema, string> statement, Func<DbDataReader, T> row, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        using var reader = Bind(statement, values).ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    /// <summary>A list column: JSON text on SQLite, an array on PostgreSQL.</summary>
    public static List<string> ListOf(DbDataReader reader, int ordinal) => reader.GetFieldType(ordinal) == typeof(string)
        ? JsonSerializer.Deserialize<List<string>>(reader.GetString(ordinal)) ?? []
        : [.. reader.GetFieldValue<string[]>(ordinal)];

    /// <summary>A date column: ISO text on SQLite, a <c>date</c> on PostgreSQL.</summary>
    public static DateOnly? DateOf(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null
        : reader.GetFieldType(ordinal) == typeof(string)
            ? DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : reader.GetFieldValue<DateOnly>(ordinal);

    public static string? TextOf(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? ParseId(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    public static int? IntOf(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public void Dispose()
    {
        // The connection goes back to the pool, where pages' reads may take it: with the default cache again.
        if (_sqlite && db.Database.GetDbConnection().State == System.Data.ConnectionState.Open)
        {
            Control($"PRAGMA cache_size = -{DefaultCacheKibibytes}");
        }

        foreach (var command in _commands.Values.Concat(_controls.Values))
        {
            command.Dispose();
        }

        _commands.Clear();
        _controls.Clear();
    }

    /// <summary>Runs a statement that names nothing in the schema (a pragma, a savepoint), prepared once like the others.</summary>
    public void Control(string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (!_controls.TryGetValue(sql, out var command) || command.Connection != connection)
        {
            command?.Dispose();
            command = connection.CreateCommand();
            command.CommandText = sql;
            _controls[sql] = command;
        }

        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.ExecuteNonQuery();
    }

    private DbCommand Bind(Func<StoreSchema, string> statement, ReadOnlySpan<(string Name, object? Value)> values)
    {
        var connection = db.Database.GetDbConnection();
        if (!_commands.TryGetValue(statement, out var command) || command.Connection != connection)
        {
            command?.Dispose();
            command = connection.CreateCommand();
            command.CommandText = _schema.Text(statement);
            foreach (var (name, _) in values)
            {
                // Named as the statement writes it: SQLite finds "@Name" at once, where "Name" makes
                // Microsoft.Data.Sqlite try each prefix in turn, building each string, at every execution.
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@" + name;
                command.Parameters.Add(parameter);
            }

            _commands[statement] = command;
            Prepared.TryAdd(command.CommandText, true);
        }

        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.Parameters[i];
            if (!parameter.ParameterName.AsSpan(1).SequenceEqual(values[i].Name))
            {
                throw new InvalidOperationException($"The statement binds {parameter.ParameterName} where @{values[i].Name} is given: bind its values in one order.");
            }

            parameter.Value = _schema.Stored(values[i].Value);
        }

        return command;
    }
}

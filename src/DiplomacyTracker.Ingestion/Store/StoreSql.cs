using System.Collections.Concurrent;
using System.Text.Json;
using DiplomacyTracker.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DiplomacyTracker.Ingestion.Store;

/// <summary>
/// Plain SQL on the context's connection and inside its current transaction, each statement prepared once and
/// reused with new values: the writer runs a few dozen small statements per article, and building EF change-tracked
/// graphs for them cost ten times what SQLite spends on the rows. Values bind as <c>$1</c>, <c>$2</c>, ... in order;
/// dates, times and JSON lists are written in the forms EF Core reads back.
/// </summary>
internal sealed class StoreSql(TrackerDbContext db) : IDisposable
{
    private static readonly ConcurrentDictionary<string, bool> Prepared = new(StringComparer.Ordinal);

    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>Every statement a writer in this process has prepared, for the query-plan checks.</summary>
    public static IReadOnlyCollection<string> Statements => [.. Prepared.Keys];

    /// <summary>Pages of the database file the writer's connection keeps in memory (SQLite's default is 2 MB).</summary>
    private const int WriterCacheKibibytes = 32 * 1024;

    private const int DefaultCacheKibibytes = 2000;

    /// <summary>
    /// Opens the connection for the writer's lifetime, so EF does not close it (and its prepared statements) between
    /// batches, with a larger page cache: at 100,000 articles the indexes the writer looks up in are hundreds of
    /// megabytes, and every page not in the cache is a read from the file.
    /// </summary>
    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        Execute($"PRAGMA cache_size = -{WriterCacheKibibytes}");
    }

    public int Execute(string sql, params object?[] values) => Bind(sql, values).ExecuteNonQuery();

    /// <summary>Runs an <c>INSERT ... RETURNING "Id"</c> and gives the new row's id.</summary>
    public int Insert(string sql, params object?[] values) => Convert.ToInt32(Bind(sql, values).ExecuteScalar()!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first column of the first row, or null when there is no row.</summary>
    public int? FirstId(string sql, params object?[] values) =>
        Bind(sql, values).ExecuteScalar() is { } value and not DBNull ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    public List<T> Query<T>(string sql, Func<SqliteDataReader, T> row, params object?[] values)
    {
        using var reader = Bind(sql, values).ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    public static string Json(IEnumerable<string> values) => JsonSerializer.Serialize(values);

    public static List<string> ListOf(SqliteDataReader reader, int ordinal) =>
        JsonSerializer.Deserialize<List<string>>(reader.GetString(ordinal)) ?? [];

    public static DateOnly? DateOf(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string? TextOf(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? ParseId(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    public static int? IntOf(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public void Dispose()
    {
        // The connection goes back to the pool, where pages' reads may take it: with the default cache again.
        if (db.Database.GetDbConnection().State == System.Data.ConnectionState.Open)
        {
            Execute($"PRAGMA cache_size = -{DefaultCacheKibibytes}");
        }

        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }

    private SqliteCommand Bind(string sql, object?[] values)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        if (!_commands.TryGetValue(sql, out var command) || command.Connection != connection)
        {
            command?.Dispose();
            command = connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter("$" + (i + 1), null));
            }

            _commands[sql] = command;
            Prepared.TryAdd(sql, true);
        }

        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = Value(values[i]);
        }

        return command;
    }

    private static object Value(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Enum e => Convert.ToInt32(e, System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        _ => value,
    };
}

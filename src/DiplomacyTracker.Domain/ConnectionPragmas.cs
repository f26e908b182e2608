using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DiplomacyTracker.Domain;

/// <summary>
/// Per-connection SQLite settings, applied each time EF opens a connection (a pooled one forgets nothing, but a new
/// one starts from the defaults). Under WAL, <c>synchronous=NORMAL</c> syncs at checkpoints rather than at every
/// commit: a power cut can lose the last commits, never consistency, and a commit costs no fsync.
/// </summary>
internal sealed class ConnectionPragmas : DbConnectionInterceptor
{
    public const string Sql = "PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY;";

    public static ConnectionPragmas Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>
/// Counts commits made through EF in this process (saves and explicit transactions), so what caches pages can tell
/// the store changed; commits from other processes show in SQLite's <c>data_version</c> instead. On PostgreSQL each
/// commit also sends <c>NOTIFY</c> on <see cref="Channel"/> inside its transaction, so every instance and process
/// listening on the same database hears of it when, and only if, it commits.
/// </summary>
public sealed class StoreCommits : DbTransactionInterceptor, ISaveChangesInterceptor
{
    /// <summary>The PostgreSQL channel a commit to the store is announced on.</summary>
    public const string Channel = "tracker_store";

    private const string Notify = "NOTIFY " + Channel;

    private static long _count;

    public static StoreCommits Instance { get; } = new();

    public static long Count => Interlocked.Read(ref _count);

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (transaction.Connection is Npgsql.NpgsqlConnection connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Notify;
            command.Transaction = (Npgsql.NpgsqlTransaction)transaction;
            command.ExecuteNonQuery();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (transaction.Connection is Npgsql.NpgsqlConnection connection)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Notify;
            command.Transaction = (Npgsql.NpgsqlTransaction)transaction;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Interlocked.Increment(ref _count);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return Task.CompletedTask;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}

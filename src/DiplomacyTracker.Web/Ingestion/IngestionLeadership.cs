using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DiplomacyTracker.Web.Ingestion;

/// <summary>
/// Which instance runs the ingestion queue and watches the inbox. On SQLite there is one instance, and it always does.
/// On PostgreSQL, where several instances share the store (and perhaps an inbox folder), the one holding a session
/// advisory lock (<see cref="LockKey"/>) on a connection of its own does; the others try for it every
/// <see cref="TrackerOptions.LeadershipRetrySeconds"/>. When the holder stops or dies its session ends (the connection
/// asks the server to give up on a silent client within about half a minute), the lock is free, and the next try of
/// another instance takes it: well within a minute.
/// </summary>
public sealed class IngestionLeadership(TrackerStore store, IOptions<TrackerOptions> options, ILogger<IngestionLeadership> logger) : BackgroundService
{
    /// <summary>The advisory lock key that stands for running the queue and watching the inbox.</summary>
    public const long LockKey = 0x4454_5155_4555_45; // "DTQUEUE"

    private volatile bool _leading = store.Provider == StoreProvider.Sqlite;
    private TaskCompletionSource _led = NewSignal();

    /// <summary>Whether this instance runs the queue and watches the inbox now.</summary>
    public bool Leading => _leading;

    /// <summary>Completes once this instance leads (at once on SQLite).</summary>
    public Task WaitUntilLeadingAsync(CancellationToken cancellationToken) =>
        _leading ? Task.CompletedTask : _led.Task.WaitAsync(cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (store.Provider == StoreProvider.Sqlite)
        {
            _led.TrySetResult();
            return;
        }

        var retry = TimeSpan.FromSeconds(Math.Clamp(options.Value.LeadershipRetrySeconds, 1, 30));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(
                    new NpgsqlConnectionStringBuilder(store.ConnectionString) { Pooling = false, KeepAlive = 10 }.ToString());
                await connection.OpenAsync(stoppingToken);
                // The server drops the session (and so the lock) of a client that stops answering.
                await ExecuteAsync(connection, "SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3", stoppingToken);
                while (!stoppingToken.IsCancellationRequested)
                {
                    if (!_leading && await ExecuteAsync(connection, $"SELECT pg_try_advisory_lock({LockKey})", stoppingToken) is true)
                    {
                        _leading = true;
                        _led.TrySetResult();
                        logger.LogInformation("This instance now runs the ingestion queue and watches the inbox");
                    }

                    await Task.Delay(retry, stoppingToken);
                    // A session that is gone takes the lock with it: ask, so a lost connection is noticed.
                    await ExecuteAsync(connection, "SELECT 1", stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or System.IO.IOException)
            {
                if (_leading)
                {
                    logger.LogWarning(e, "Lost the ingestion lock with the connection; another instance may take the queue and the inbox over");
                }

                Resign();
                await Task.Delay(retry, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        Resign();
    }

    private void Resign()
    {
        if (_leading)
        {
            _leading = false;
            _led = NewSignal();
        }
    }

    private static async Task<object?> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

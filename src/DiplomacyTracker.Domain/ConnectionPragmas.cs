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

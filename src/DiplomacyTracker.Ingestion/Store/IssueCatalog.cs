using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Ingestion.Store;

/// <summary>The issue taxonomy as rows: one Issue per slug of the taxonomy file, kept in step with it.</summary>
internal sealed class IssueCatalog
{
    private readonly Dictionary<string, int> _ids;

    private IssueCatalog(Dictionary<string, int> ids) => _ids = ids;

    public int? IdOf(string slug) => _ids.TryGetValue(slug, out var id) ? id : null;

    /// <remarks>
    /// In a transaction that holds the store's write lock (SQLite's transactions take it at the start; on PostgreSQL
    /// <see cref="StoreSql.StoreWriteLock"/>): two processes or instances starting an ingest at once would otherwise
    /// both add the same new issue.
    /// </remarks>
    public static async Task<IssueCatalog> SyncAsync(TrackerDbContext db, IEnumerable<IssueDefinition> taxonomy, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.IsPostgreSql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({StoreSql.StoreWriteLock})", cancellationToken);
        }

        var stored = await db.Issues.ToDictionaryAsync(i => i.Slug, StringComparer.Ordinal, cancellationToken);
        foreach (var definition in taxonomy)
        {
            if (!stored.TryGetValue(definition.Slug, out var issue))
            {
                issue = new Issue { Slug = definition.Slug, Name = definition.Name };
                db.Issues.Add(issue);
                stored[definition.Slug] = issue;
            }

            issue.Name = definition.Name;
            issue.Description = definition.Description;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new IssueCatalog(stored.ToDictionary(p => p.Key, p => p.Value.Id, StringComparer.Ordinal));
    }
}

using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DiplomacyTracker.Ingestion;

/// <summary>
/// Rebuilds facts from the stored article text when the extractor improves, without the original files: each
/// article in its own transaction, through the writer's replacement path; the article rows stay.
/// </summary>
public sealed class ArticleReextractor(
    IDbContextFactory<TrackerDbContext> dbFactory,
    IArticleExtractor extractor,
    IReadOnlyList<IssueDefinition> taxonomy,
    ILogger<ArticleReextractor> logger)
{
    /// <summary>Re-extracts the given articles, or every article (oldest first) when <paramref name="articleIds"/> is null.</summary>
    public async IAsyncEnumerable<IngestOutcome> ReextractAsync(IReadOnlyCollection<int>? articleIds,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var catalog = await IssueCatalog.SyncAsync(db, taxonomy, cancellationToken);
        var writer = new ArticleWriter(db, catalog);
        var ids = await db.Articles
            .Where(a => articleIds == null || articleIds.Contains(a.Id))
            .OrderBy(a => a.Id).Select(a => a.Id)
            .ToListAsync(cancellationToken);

        foreach (var id in ids)
        {
            yield return await IngestionLog.RecordAsync(db, await ReextractAsync(db, writer, id, cancellationToken), cancellationToken);
        }
    }

    private async Task<IngestOutcome> ReextractAsync(TrackerDbContext db, ArticleWriter writer, int id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id, cancellationToken);
        try
        {
            var source = ArticleDescription.SourceOf(article);
            var trips = await StoredTrips.LoadAsync(db, cancellationToken);
            var result = extractor.Extract(source, trips, cancellationToken);
            return await writer.RewriteAsync(id, source, result, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The transaction rolled back: the article keeps the facts it had.
            db.ChangeTracker.Clear();
            logger.LogError(e, "Could not re-extract article {Id} ({Source})", id, article.SourcePath);
            return new IngestOutcome(article.SourcePath, IngestStatus.Failed, id, $"could not re-extract it: {e.GetBaseException().Message}");
        }
    }
}

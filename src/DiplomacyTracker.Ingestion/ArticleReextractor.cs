using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Reading;
using DiplomacyTracker.Ingestion.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DiplomacyTracker.Ingestion;

/// <summary>
/// Rebuilds facts from the stored article text when the extractor improves, without the original files: each
/// article all or nothing, through the writer's replacement path; the article rows stay.
/// </summary>
public sealed class ArticleReextractor(
    IDbContextFactory<TrackerDbContext> dbFactory,
    IArticleExtractor extractor,
    IReadOnlyList<IssueDefinition> taxonomy,
    ILogger<ArticleReextractor> logger)
{
    private const int BatchSize = 64;

    /// <summary>Re-extracts the given articles, or every article (oldest first) when <paramref name="articleIds"/> is null.</summary>
    /// <remarks>
    /// In batches: the batch's texts are read at once and extracted in parallel against the trips stored when the
    /// batch starts, while the batch before is written; one writer rewrites each batch in one transaction, each
    /// article all or nothing (<see cref="ArticleWriter.WriteBatchAsync"/>).
    /// </remarks>
    public async IAsyncEnumerable<IngestOutcome> ReextractAsync(IReadOnlyCollection<int>? articleIds,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await DatabaseFile.OpenInPlaceAsync(db, cancellationToken);
        var catalog = await IssueCatalog.SyncAsync(db, taxonomy, cancellationToken);
        using var writer = new ArticleWriter(db, catalog);
        await writer.OpenAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var ids = await db.Articles
            .Where(a => articleIds == null || articleIds.Contains(a.Id))
            .OrderBy(a => a.Id).Select(a => a.Id)
            .ToListAsync(cancellationToken);

        // While one batch is written, the next is extracted: the single writer and the extraction each keep a core busy.
        using var batches = ids.Chunk(BatchSize).GetEnumerator();
        var next = await ExtractNextAsync(db, batches, cancellationToken);
        try
        {
            while (next is not null)
            {
                var extracted = await next;
                next = await ExtractNextAsync(db, batches, cancellationToken);

                DatabaseFile.EnsureInPlace(connection);
                foreach (var outcome in await writer.WriteBatchAsync(extracted, item => RewriteAsync(writer, item, cancellationToken), RewriteFailed,
                             cancellationToken))
                {
                    yield return outcome;
                }
            }
        }
        finally
        {
            // Stopped early: the batch being extracted is not written.
            if (next is not null)
            {
                await next.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Reads the next batch's articles (on the caller's context, which is idle between batches) and extracts them in the background.</summary>
    private async Task<Task<Extracted[]>?> ExtractNextAsync(TrackerDbContext db, IEnumerator<int[]> batches, CancellationToken cancellationToken)
    {
        if (!batches.MoveNext())
        {
            return null;
        }

        var batch = batches.Current;
        var articles = await db.Articles.AsNoTracking().Where(a => batch.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return Task.Run(() =>
        {
            var trips = StoredTrips.OnDemand(dbFactory);
            var extracted = new Extracted[articles.Count];
            Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = cancellationToken },
                i => extracted[i] = Extract(articles[i], trips, cancellationToken));
            return extracted;
        }, cancellationToken);
    }

    private Extracted Extract(Article article, IKnownTrips trips, CancellationToken cancellationToken)
    {
        try
        {
            var source = ArticleDescription.SourceOf(article);
            return new Extracted(article, source, extractor.Extract(source, trips, cancellationToken), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new Extracted(article, null, null, e);
        }
    }

    /// <summary>An article whose extraction failed is not a failed write: it fails alone without rolling the batch back.</summary>
    private Task<IngestOutcome> RewriteAsync(ArticleWriter writer, Extracted item, CancellationToken cancellationToken) =>
        item.Error is { } error
            ? Task.FromResult(RewriteFailed(item, error))
            : writer.RewriteAsync(item.Article, item.Source!, item.Result!, cancellationToken);

    /// <summary>Rolled back to the article's savepoint, or never written: it keeps the facts it had.</summary>
    private IngestOutcome RewriteFailed(Extracted item, Exception e)
    {
        logger.LogError(e, "Could not re-extract article {Id} ({Source})", item.Article.Id, item.Article.SourcePath);
        return new IngestOutcome(item.Article.SourcePath, IngestStatus.Failed, item.Article.Id,
            $"could not re-extract it: {StoreRefusal.Describe(e) ?? e.GetBaseException().Message}");
    }

    private sealed record Extracted(Article Article, SourceDocument? Source, ExtractionResult? Result, Exception? Error);
}

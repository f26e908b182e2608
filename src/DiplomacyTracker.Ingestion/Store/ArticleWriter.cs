using System.Security.Cryptography;
using System.Text;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Reading;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Ingestion.Store;

/// <summary>
/// The pipeline's last stage and the only one that touches the database: writes one article and its facts in one
/// transaction, merging them with what other articles already reported. A new version of a source and a
/// re-extraction of a stored article go through the same path: remove the old facts, merge the new ones,
/// reconsolidate what the old ones touched.
/// </summary>
internal sealed class ArticleWriter(TrackerDbContext db, IssueCatalog issues)
{
    public static string HashOf(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The stored article with this content, if any: the same text is never ingested twice.</summary>
    public Task<int?> FindByContentAsync(string contentHash, CancellationToken cancellationToken) =>
        db.Articles.Where(a => a.ContentHash == contentHash).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Stores a new article; earlier versions of the same source go, with every fact only they reported.</summary>
    public Task<IngestOutcome> WriteAsync(SourceDocument source, ExtractionResult result, CancellationToken cancellationToken) =>
        AtomicallyAsync(async () =>
        {
            var old = await db.Articles.Where(a => a.SourcePath == source.SourcePath).Select(a => a.Id).ToListAsync(cancellationToken);
            var removed = await RemoveFactsAsync(old, cancellationToken);
            if (old.Count > 0)
            {
                await db.Articles.Where(a => old.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
            }

            var article = new Article
            {
                Title = "",
                SourcePath = source.SourcePath,
                Text = source.Text,
                ContentHash = HashOf(source.Text),
                IngestedAt = DateTimeOffset.UtcNow,
            };
            ArticleDescription.Apply(article, source, result);
            db.Articles.Add(article);
            await WriteFactsAsync(article, result.Facts, removed, cancellationToken);
            return new IngestOutcome(source.SourcePath, old.Count > 0 ? IngestStatus.Replaced : IngestStatus.Ingested, article.Id,
                Warnings: article.Warnings);
        }, cancellationToken);

    /// <summary>
    /// Replaces a stored article's facts with a new extraction of its own text. The article row (id, text, hash,
    /// source, ingest time) stays; its title, outlet, date and warnings follow the new extraction.
    /// </summary>
    public Task<IngestOutcome> RewriteAsync(int articleId, SourceDocument source, ExtractionResult result, CancellationToken cancellationToken) =>
        AtomicallyAsync(async () =>
        {
            var removed = await RemoveFactsAsync([articleId], cancellationToken);
            var article = await db.Articles.SingleAsync(a => a.Id == articleId, cancellationToken);
            ArticleDescription.Apply(article, source, result);
            await WriteFactsAsync(article, result.Facts, removed, cancellationToken);
            return new IngestOutcome(article.SourcePath, IngestStatus.Reextracted, article.Id, Warnings: article.Warnings);
        }, cancellationToken);

    /// <summary>
    /// Runs one article's write all or nothing: in a transaction of its own, or, inside a caller's transaction that
    /// holds several articles, under a savepoint that is rolled back if this article fails.
    /// </summary>
    private async Task<IngestOutcome> AtomicallyAsync(Func<Task<IngestOutcome>> write, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is { } outer)
        {
            await outer.CreateSavepointAsync(Savepoint, cancellationToken);
            try
            {
                var outcome = await write();
                await outer.ReleaseSavepointAsync(Savepoint, cancellationToken);
                return outcome;
            }
            catch
            {
                await outer.RollbackToSavepointAsync(Savepoint, CancellationToken.None);
                await outer.ReleaseSavepointAsync(Savepoint, CancellationToken.None);
                throw;
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var written = await write();
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return written;
    }

    private const string Savepoint = "article";

    /// <summary>
    /// Deletes the articles' excerpts (the database cascades to everything resting on them: meeting reports, issue
    /// mentions, quotes, titles) and visit reports. Visits, meetings and officials stay until
    /// <see cref="WriteFactsAsync"/> has merged the new facts, so a fact the new extraction reports again keeps its id.
    /// </summary>
    private async Task<RemovedFacts> RemoveFactsAsync(List<int> articleIds, CancellationToken cancellationToken)
    {
        if (articleIds.Count == 0)
        {
            return new RemovedFacts([], [], Any: false);
        }

        var visitIds = await db.VisitReports.Where(r => articleIds.Contains(r.ArticleId))
            .Select(r => r.VisitId).Distinct().ToListAsync(cancellationToken);
        var meetingIds = await db.MeetingReports.Where(r => articleIds.Contains(r.Excerpt.ArticleId))
            .Select(r => r.MeetingId).Distinct().ToListAsync(cancellationToken);
        await db.VisitReports.Where(r => articleIds.Contains(r.ArticleId)).ExecuteDeleteAsync(cancellationToken);
        await db.Excerpts.Where(e => articleIds.Contains(e.ArticleId)).ExecuteDeleteAsync(cancellationToken);
        return new RemovedFacts(visitIds, meetingIds, Any: true);
    }

    /// <summary>Merges the facts, then recomputes what the removed facts touched and drops whatever lost its last source.</summary>
    private async Task WriteFactsAsync(Article article, ArticleFacts facts, RemovedFacts removed, CancellationToken cancellationToken)
    {
        await new FactMerger(db, article, issues).MergeAsync(facts, cancellationToken);
        if (removed.Any)
        {
            // Merging only adds sources; only removing an article's old facts can leave a fact or an official with none.
            await Consolidation.RefreshAsync(db, removed.VisitIds, removed.MeetingIds, cancellationToken);
            await Consolidation.RemoveUnreferencedOfficialsAsync(db, cancellationToken);
        }
    }

    private sealed record RemovedFacts(List<int> VisitIds, List<int> MeetingIds, bool Any);
}

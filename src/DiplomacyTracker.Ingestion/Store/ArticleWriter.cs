using System.Security.Cryptography;
using System.Text;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Reading;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Ingestion.Store;

/// <summary>
/// The pipeline's last stage and the only one that touches the database: writes one article and its facts in one
/// transaction, merging them with what other articles already reported.
/// </summary>
internal sealed class ArticleWriter(TrackerDbContext db, IssueCatalog issues)
{
    public static string HashOf(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The stored article with this content, if any: the same text is never ingested twice.</summary>
    public Task<int?> FindByContentAsync(string contentHash, CancellationToken cancellationToken) =>
        db.Articles.Where(a => a.ContentHash == contentHash).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);

    public async Task<IngestOutcome> WriteAsync(SourceDocument source, ExtractionResult result, CancellationToken cancellationToken)
    {
        var hash = HashOf(source.Text);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var replaced = await RemoveArticlesFromAsync(source.SourcePath, cancellationToken);
        var article = new Article
        {
            Title = result.Title,
            Publisher = result.Publisher,
            Byline = source.Byline,
            Published = result.Published,
            PublishedInferred = result.PublishedInferred,
            SourcePath = source.SourcePath,
            Text = source.Text,
            ContentHash = hash,
            IngestedAt = DateTimeOffset.UtcNow,
            Warnings = [.. result.Warnings],
        };
        db.Articles.Add(article);

        var merger = new FactMerger(db, article, issues);
        await merger.MergeAsync(result.Facts, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();

        return new IngestOutcome(source.SourcePath, replaced ? IngestStatus.Replaced : IngestStatus.Ingested, article.Id,
            Warnings: result.Warnings);
    }

    /// <summary>Deletes earlier versions of a source and everything only they reported; the facts other articles
    /// also report stay, reconsolidated from their remaining sources.</summary>
    private async Task<bool> RemoveArticlesFromAsync(string sourcePath, CancellationToken cancellationToken)
    {
        var old = await db.Articles.Where(a => a.SourcePath == sourcePath).ToListAsync(cancellationToken);
        if (old.Count == 0)
        {
            return false;
        }

        var ids = old.Select(a => a.Id).ToList();
        var visitIds = await db.VisitReports.Where(r => ids.Contains(r.ArticleId)).Select(r => r.VisitId).Distinct().ToListAsync(cancellationToken);
        var meetingIds = await db.MeetingReports.Where(r => ids.Contains(r.Excerpt.ArticleId)).Select(r => r.MeetingId).Distinct().ToListAsync(cancellationToken);

        db.Articles.RemoveRange(old);
        await db.SaveChangesAsync(cancellationToken);
        await Consolidation.RefreshAsync(db, visitIds, meetingIds, cancellationToken);
        await Consolidation.RemoveUnreferencedOfficialsAsync(db, cancellationToken);
        return true;
    }
}

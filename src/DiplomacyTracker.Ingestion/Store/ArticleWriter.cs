using System.Security.Cryptography;
using System.Text;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Reading;

namespace DiplomacyTracker.Ingestion.Store;

/// <summary>
/// The pipeline's last stage and the only one that touches the database: writes one article and its facts in one
/// transaction, merging them with what other articles already reported. A new version of a source and a
/// re-extraction of a stored article go through the same path: remove the old facts, merge the new ones,
/// reconsolidate what the old ones touched.
/// </summary>
internal sealed class ArticleWriter(TrackerDbContext db, IssueCatalog issues) : IDisposable
{
    private const string Savepoint = "article";

    private readonly StoreSql _sql = new(db);
    private Corrections.CorrectionRules _corrections = Corrections.CorrectionRules.None;

    public static string HashOf(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Keeps the connection open while the writer lives, so its statements stay prepared between transactions.</summary>
    /// <remarks>Reads the editors' active corrections, which every write then merges its facts under.</remarks>
    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        await _sql.OpenAsync(cancellationToken);
        _corrections = Corrections.CorrectionRules.Load(_sql);
    }

    /// <summary>The stored article with this content, if any: the same text is never ingested twice.</summary>
    public int? FindByContent(string contentHash) =>
        _sql.FirstId("""SELECT "Id" FROM "Articles" WHERE "ContentHash" = $1 LIMIT 1""", contentHash);

    /// <summary>
    /// Stores an article. A new version of a stored source keeps the article's id (so every link to it still works):
    /// the old text is kept as an <see cref="ArticleVersion"/>, the facts only it reported go, and the excerpts whose
    /// sentence the new text still has keep their ids.
    /// </summary>
    public Task<IngestOutcome> WriteAsync(SourceDocument source, ExtractionResult result, CancellationToken cancellationToken) =>
        AtomicallyAsync(() =>
        {
            var old = _sql.Query("""SELECT "Id" FROM "Articles" WHERE "SourcePath" = $1 ORDER BY "Id" """, r => r.GetInt32(0), source.SourcePath);
            var removed = RemoveFacts(old);
            int? kept = old.Count > 0 ? old[^1] : null;
            foreach (var id in old.Where(id => id != kept))
            {
                _sql.Execute("""DELETE FROM "Articles" WHERE "Id" = $1""", id);
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
            if (kept is int keptId)
            {
                _sql.Execute("""
                    INSERT INTO "ArticleVersions" ("ArticleId", "Title", "Text", "ContentHash", "IngestedAt", "ReplacedAt")
                    SELECT "Id", "Title", "Text", "ContentHash", "IngestedAt", $2 FROM "Articles" WHERE "Id" = $1
                    """, keptId, article.IngestedAt);
                _sql.Execute("""
                    UPDATE "Articles" SET "Title" = $2, "Publisher" = $3, "Byline" = $4, "Published" = $5, "PublishedInferred" = $6, "Text" = $7,
                        "ContentHash" = $8, "IngestedAt" = $9, "Warnings" = $10, "SourceTitle" = $11, "SourcePublisher" = $12, "SourcePublished" = $13,
                        "OriginalUrl" = $14
                    WHERE "Id" = $1
                    """,
                    keptId, article.Title, article.Publisher, article.Byline, article.Published, article.PublishedInferred, article.Text,
                    article.ContentHash, article.IngestedAt, StoreSql.Json(article.Warnings), article.SourceTitle, article.SourcePublisher,
                    article.SourcePublished, article.OriginalUrl);
                article.Id = keptId;
            }
            else
            {
                article.Id = _sql.Insert("""
                    INSERT INTO "Articles" ("Title", "Publisher", "Byline", "Published", "PublishedInferred", "SourcePath", "Text", "ContentHash",
                        "IngestedAt", "Warnings", "SourceTitle", "SourcePublisher", "SourcePublished", "OriginalUrl")
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING "Id"
                    """,
                    article.Title, article.Publisher, article.Byline, article.Published, article.PublishedInferred, article.SourcePath, article.Text,
                    article.ContentHash, article.IngestedAt, StoreSql.Json(article.Warnings), article.SourceTitle, article.SourcePublisher,
                    article.SourcePublished, article.OriginalUrl);
            }

            WriteFacts(article, result.Facts, removed);
            return new IngestOutcome(source.SourcePath, old.Count > 0 ? IngestStatus.Replaced : IngestStatus.Ingested, article.Id,
                Warnings: article.Warnings);
        }, cancellationToken);

    /// <summary>
    /// Replaces a stored article's facts with a new extraction of its own text. The article row (id, text, hash,
    /// source, ingest time) stays; its title, outlet, date and warnings follow the new extraction.
    /// </summary>
    public Task<IngestOutcome> RewriteAsync(Article stored, SourceDocument source, ExtractionResult result, CancellationToken cancellationToken) =>
        AtomicallyAsync(() =>
        {
            var removed = RemoveFacts([stored.Id]);
            var article = new Article { Id = stored.Id, Title = stored.Title, SourcePath = stored.SourcePath, Text = stored.Text, ContentHash = stored.ContentHash };
            ArticleDescription.Apply(article, source, result);
            if (article.Title != stored.Title)
            {
                // Apart: setting the title at all re-indexes the article's text for full-text search.
                _sql.Execute("""UPDATE "Articles" SET "Title" = $2 WHERE "Id" = $1""", article.Id, article.Title);
            }

            _sql.Execute("""
                UPDATE "Articles" SET "Publisher" = $2, "Byline" = $3, "Published" = $4, "PublishedInferred" = $5, "SourceTitle" = $6,
                    "SourcePublisher" = $7, "SourcePublished" = $8, "Warnings" = $9, "OriginalUrl" = $10
                WHERE "Id" = $1
                """,
                article.Id, article.Publisher, article.Byline, article.Published, article.PublishedInferred, article.SourceTitle,
                article.SourcePublisher, article.SourcePublished, StoreSql.Json(article.Warnings), article.OriginalUrl);
            WriteFacts(article, result.Facts, removed);
            return new IngestOutcome(article.SourcePath, IngestStatus.Reextracted, article.Id, Warnings: article.Warnings);
        }, cancellationToken);

    /// <summary>Writes the outcome to the ingestion log, so failures show even where no article was stored.</summary>
    private IngestOutcome Record(IngestOutcome outcome)
    {
        _sql.Execute("""INSERT INTO "IngestionEvents" ("At", "Source", "Status", "Message", "ArticleId") VALUES ($1, $2, $3, $4, $5)""",
            DateTimeOffset.UtcNow, outcome.SourcePath, outcome.Status.ToString().ToLowerInvariant(),
            outcome.Status == IngestStatus.Failed ? outcome.Message
                : outcome.Warnings is { Count: > 0 } warnings ? string.Join("; ", warnings) : null,
            outcome.ArticleId);
        return outcome;
    }

    /// <summary>
    /// Writes a batch in one transaction, each item all or nothing, with its ingestion log line. Most batches store
    /// every item, so the batch is first written straight through; if an item fails part-way, that transaction is
    /// rolled back and the batch written again with a savepoint per item, so only the failing one is lost and
    /// <paramref name="failed"/> says why. (A savepoint per item would cost every item: SQLite's full-text index
    /// writes out what it holds at each one.)
    /// </summary>
    public async Task<List<IngestOutcome>> WriteBatchAsync<T>(IReadOnlyList<T> items, Func<T, Task<IngestOutcome>> write,
        Func<T, Exception, IngestOutcome> failed, CancellationToken cancellationToken)
    {
        try
        {
            return await InOneTransactionAsync(items, write, failed: null, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Rolled back: written again below, item by item.
        }

        return await InOneTransactionAsync(items, write, failed, cancellationToken);
    }

    public void Dispose() => _sql.Dispose();

    private async Task<List<IngestOutcome>> InOneTransactionAsync<T>(IReadOnlyList<T> items, Func<T, Task<IngestOutcome>> write,
        Func<T, Exception, IngestOutcome>? failed, CancellationToken cancellationToken)
    {
        var outcomes = new List<IngestOutcome>(items.Count);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var item in items)
        {
            outcomes.Add(Record(failed is null ? await write(item) : await UnderSavepointAsync(item, write, failed)));
        }

        await transaction.CommitAsync(cancellationToken);
        return outcomes;
    }

    private async Task<IngestOutcome> UnderSavepointAsync<T>(T item, Func<T, Task<IngestOutcome>> write, Func<T, Exception, IngestOutcome> failed)
    {
        _sql.Execute($"SAVEPOINT \"{Savepoint}\"");
        try
        {
            var outcome = await write(item);
            _sql.Execute($"RELEASE \"{Savepoint}\"");
            return outcome;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _sql.Execute($"ROLLBACK TO \"{Savepoint}\"");
            _sql.Execute($"RELEASE \"{Savepoint}\"");
            return failed(item, e);
        }
    }

    /// <summary>
    /// Runs one article's write all or nothing: in a transaction of its own, or inside a caller's transaction, which
    /// answers for it (<see cref="WriteBatchAsync"/>).
    /// </summary>
    private async Task<IngestOutcome> AtomicallyAsync(Func<IngestOutcome> write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (db.Database.CurrentTransaction is not null)
        {
            return write();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var written = write();
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    /// <summary>
    /// Deletes everything the articles' excerpts carry (meeting reports, issue mentions, quotes, titles) and their
    /// visit reports, but not the excerpts: one the new facts cite again keeps its id, so its anchor still works.
    /// Visits, meetings and officials stay until <see cref="WriteFacts"/> has merged the new facts, so a fact the new
    /// extraction reports again keeps its id.
    /// </summary>
    private RemovedFacts RemoveFacts(IReadOnlyCollection<int> articleIds)
    {
        var removed = new RemovedFacts([], [], []);
        foreach (var articleId in articleIds)
        {
            removed.VisitIds.UnionWith(_sql.Query("""SELECT DISTINCT "VisitId" FROM "VisitReports" WHERE "ArticleId" = $1""", r => r.GetInt32(0), articleId));
            removed.MeetingIds.UnionWith(_sql.Query("""
                SELECT DISTINCT r."MeetingId" FROM "MeetingReports" AS r JOIN "Excerpts" AS e ON e."Id" = r."ExcerptId" WHERE e."ArticleId" = $1
                """, r => r.GetInt32(0), articleId));
            removed.OfficialIds.UnionWith(_sql.Query("""
                SELECT t."OfficialId" FROM "OfficialTitles" AS t JOIN "Excerpts" AS e ON e."Id" = t."ExcerptId" WHERE e."ArticleId" = $1
                UNION SELECT q."OfficialId" FROM "Quotes" AS q JOIN "Excerpts" AS e ON e."Id" = q."ExcerptId" WHERE e."ArticleId" = $1
                UNION SELECT p."ParticipantsId" FROM "MeetingReportParticipants" AS p
                    JOIN "MeetingReports" AS r ON r."Id" = p."MeetingReportId" JOIN "Excerpts" AS e ON e."Id" = r."ExcerptId" WHERE e."ArticleId" = $1
                UNION SELECT v."TravelerId" FROM "Visits" AS v JOIN "VisitReports" AS r ON r."VisitId" = v."Id" WHERE r."ArticleId" = $1
                """, r => r.GetInt32(0), articleId));
            _sql.Execute("""DELETE FROM "VisitReports" WHERE "ArticleId" = $1""", articleId);
            foreach (var table in (string[])["MeetingReports", "IssueMentions", "Quotes", "OfficialTitles"])
            {
                _sql.Execute($"""DELETE FROM "{table}" WHERE "ExcerptId" IN (SELECT "Id" FROM "Excerpts" WHERE "ArticleId" = $1)""", articleId);
            }
        }

        return removed;
    }

    /// <summary>Merges the facts, then recomputes what the removed facts touched and drops whatever lost its last source.</summary>
    private void WriteFacts(Article article, ArticleFacts facts, RemovedFacts removed)
    {
        var stored = _sql.Query("""SELECT "Id", "Start", "Length", "Text" FROM "Excerpts" WHERE "ArticleId" = $1 ORDER BY "Start" """,
            r => new StoredExcerpt(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3)), article.Id);
        var merger = new FactMerger(_sql, article.Id, article.Text, issues, stored, removed.VisitIds, removed.MeetingIds, _corrections);
        var (visits, meetings) = merger.Merge(facts);
        DropUncited(stored.Where(e => !merger.ReusedExcerpts.Contains(e.Id)));
        if (removed.VisitIds.Count + removed.MeetingIds.Count + removed.OfficialIds.Count > 0)
        {
            // Merging only adds sources; only removing an article's old facts can leave a fact or an official with none,
            // or a meeting with a participant no remaining report names (even one the new facts report again).
            Consolidation.Refresh(_sql, removed.VisitIds.Except(visits), removed.MeetingIds, participantsKnown: false);
            Consolidation.RemoveUnreferencedOfficials(_sql, removed.OfficialIds);
        }

        if (!_corrections.IsEmpty)
        {
            // The extractor's output lies under the editors' corrections, never over them.
            _corrections.Apply(_sql, FactKind.Meeting, meetings.Concat(removed.MeetingIds));
            _corrections.Apply(_sql, FactKind.Visit, visits.Concat(removed.VisitIds));
            _corrections.Apply(_sql, FactKind.Official, merger.Officials.Concat(removed.OfficialIds));
        }
    }

    /// <summary>
    /// An excerpt no new fact cites goes (the facts read from it are gone); every one cited again kept its id, moved to
    /// where a new version of the text has its sentence.
    /// </summary>
    private void DropUncited(IEnumerable<StoredExcerpt> uncited)
    {
        foreach (var excerpt in uncited)
        {
            _sql.Execute("""DELETE FROM "Excerpts" WHERE "Id" = $1""", excerpt.Id);
        }
    }

    private sealed record RemovedFacts(HashSet<int> VisitIds, HashSet<int> MeetingIds, HashSet<int> OfficialIds);
}

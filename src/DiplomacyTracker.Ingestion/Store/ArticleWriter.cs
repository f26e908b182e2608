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

    /// <summary>What a new article is stored with.</summary>
    private static readonly string[] InsertedColumns =
    [
        nameof(Article.Title), nameof(Article.Publisher), nameof(Article.Byline), nameof(Article.Published), nameof(Article.PublishedInferred),
        nameof(Article.SourcePath), nameof(Article.Text), nameof(Article.ContentHash), nameof(Article.IngestedAt), nameof(Article.Warnings),
        nameof(Article.SourceTitle), nameof(Article.SourcePublisher), nameof(Article.SourcePublished), nameof(Article.OriginalUrl),
    ];

    /// <summary>What a new version of a stored source replaces: all but the source it came from.</summary>
    private static readonly string[] ReplacedColumns = [.. InsertedColumns.Where(c => c != nameof(Article.SourcePath))];

    /// <summary>What a new extraction of a stored text replaces (the title apart: see <see cref="RewriteAsync"/>).</summary>
    private static readonly string[] ReextractedColumns =
    [
        nameof(Article.Publisher), nameof(Article.Byline), nameof(Article.Published), nameof(Article.PublishedInferred), nameof(Article.SourceTitle),
        nameof(Article.SourcePublisher), nameof(Article.SourcePublished), nameof(Article.Warnings), nameof(Article.OriginalUrl),
    ];

    private static readonly string[] EventColumns =
    [
        nameof(IngestionEvent.At), nameof(IngestionEvent.Source), nameof(IngestionEvent.Status), nameof(IngestionEvent.Message), nameof(IngestionEvent.ArticleId),
    ];

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
        _sql.FirstId(static s => $"""
            SELECT {s.C<Article>(nameof(Article.Id))} FROM {s.T<Article>()} WHERE {s.C<Article>(nameof(Article.ContentHash))} = @ContentHash LIMIT 1
            """, (nameof(Article.ContentHash), contentHash));

    /// <summary>
    /// Stores an article. A new version of a stored source keeps the article's id (so every link to it still works):
    /// the old text is kept as an <see cref="ArticleVersion"/>, the facts only it reported go, and the excerpts whose
    /// sentence the new text still has keep their ids.
    /// </summary>
    public Task<IngestOutcome> WriteAsync(SourceDocument source, ExtractionResult result, CancellationToken cancellationToken) =>
        AtomicallyAsync(() =>
        {
            var old = _sql.Query(static s => $"""
                SELECT {s.C<Article>(nameof(Article.Id))} FROM {s.T<Article>()} WHERE {s.C<Article>(nameof(Article.SourcePath))} = @SourcePath
                ORDER BY {s.C<Article>(nameof(Article.Id))}
                """, r => r.GetInt32(0), (nameof(Article.SourcePath), source.SourcePath));
            var removed = RemoveFacts(old);
            int? kept = old.Count > 0 ? old[^1] : null;
            foreach (var id in old.Where(id => id != kept))
            {
                _sql.Execute(static s => $"""DELETE FROM {s.T<Article>()} WHERE {s.C<Article>(nameof(Article.Id))} = @Id""", (nameof(Article.Id), id));
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
                _sql.Execute(static s => $"""
                    INSERT INTO {s.T<ArticleVersion>()} ({s.Columns<ArticleVersion>(nameof(ArticleVersion.ArticleId), nameof(ArticleVersion.Title),
                        nameof(ArticleVersion.Text), nameof(ArticleVersion.ContentHash), nameof(ArticleVersion.IngestedAt), nameof(ArticleVersion.ReplacedAt))})
                    SELECT {s.Columns<Article>(nameof(Article.Id), nameof(Article.Title), nameof(Article.Text), nameof(Article.ContentHash),
                        nameof(Article.IngestedAt))}, @ReplacedAt
                    FROM {s.T<Article>()} WHERE {s.C<Article>(nameof(Article.Id))} = @Id
                    """, (nameof(Article.Id), keptId), (nameof(ArticleVersion.ReplacedAt), article.IngestedAt));
                article.Id = keptId;
                _sql.Execute(static s => $"""
                    UPDATE {s.T<Article>()} SET {s.Assignments<Article>(ReplacedColumns)} WHERE {s.C<Article>(nameof(Article.Id))} = @Id
                    """, Values(article, ReplacedColumns, withId: true));
            }
            else
            {
                article.Id = _sql.Insert(static s => $"""
                    INSERT INTO {s.T<Article>()} ({s.Columns<Article>(InsertedColumns)}) VALUES ({StoreSchema.Parameters(InsertedColumns)})
                    RETURNING {s.C<Article>(nameof(Article.Id))}
                    """, Values(article, InsertedColumns, withId: false));
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
                _sql.Execute(static s => $"""
                    UPDATE {s.T<Article>()} SET {s.Assignments<Article>(nameof(Article.Title))} WHERE {s.C<Article>(nameof(Article.Id))} = @Id
                    """, (nameof(Article.Id), article.Id), (nameof(Article.Title), article.Title));
            }

            _sql.Execute(static s => $"""
                UPDATE {s.T<Article>()} SET {s.Assignments<Article>(ReextractedColumns)} WHERE {s.C<Article>(nameof(Article.Id))} = @Id
                """, Values(article, ReextractedColumns, withId: true));
            WriteFacts(article, result.Facts, removed);
            return new IngestOutcome(article.SourcePath, IngestStatus.Reextracted, article.Id, Warnings: article.Warnings);
        }, cancellationToken);

    /// <summary>Writes the outcome to the ingestion log, so failures show even where no article was stored.</summary>
    private IngestOutcome Record(IngestOutcome outcome)
    {
        _sql.Execute(static s => $"""
            INSERT INTO {s.T<IngestionEvent>()} ({s.Columns<IngestionEvent>(EventColumns)}) VALUES ({StoreSchema.Parameters(EventColumns)})
            """,
            (nameof(IngestionEvent.At), DateTimeOffset.UtcNow), (nameof(IngestionEvent.Source), outcome.SourcePath),
            (nameof(IngestionEvent.Status), outcome.Status.ToString().ToLowerInvariant()),
            (nameof(IngestionEvent.Message), outcome.Status == IngestStatus.Failed ? outcome.Message
                : outcome.Warnings is { Count: > 0 } warnings ? string.Join("; ", warnings) : null),
            (nameof(IngestionEvent.ArticleId), outcome.ArticleId));
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
        _sql.LockStoreForWriting();
        foreach (var item in items)
        {
            outcomes.Add(Record(failed is null ? await write(item) : await UnderSavepointAsync(item, write, failed)));
        }

        await transaction.CommitAsync(cancellationToken);
        return outcomes;
    }

    private async Task<IngestOutcome> UnderSavepointAsync<T>(T item, Func<T, Task<IngestOutcome>> write, Func<T, Exception, IngestOutcome> failed)
    {
        _sql.Control($"SAVEPOINT {Savepoint}");
        try
        {
            var outcome = await write(item);
            _sql.Control($"RELEASE {Savepoint}");
            return outcome;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _sql.Control($"ROLLBACK TO {Savepoint}");
            _sql.Control($"RELEASE {Savepoint}");
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
        _sql.LockStoreForWriting();
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
            var article = (nameof(Excerpt.ArticleId), (object?)articleId);
            removed.VisitIds.UnionWith(_sql.Query(static s => $"""
                SELECT DISTINCT {s.C<VisitReport>(nameof(VisitReport.VisitId))} FROM {s.T<VisitReport>()}
                WHERE {s.C<VisitReport>(nameof(VisitReport.ArticleId))} = @ArticleId
                """, r => r.GetInt32(0), article));
            removed.MeetingIds.UnionWith(_sql.Query(static s => $"""
                SELECT DISTINCT r.{s.C<MeetingReport>(nameof(MeetingReport.MeetingId))} FROM {s.T<MeetingReport>()} AS r
                JOIN {s.T<Excerpt>()} AS e ON e.{s.C<Excerpt>(nameof(Excerpt.Id))} = r.{s.C<MeetingReport>(nameof(MeetingReport.ExcerptId))}
                WHERE e.{s.C<Excerpt>(nameof(Excerpt.ArticleId))} = @ArticleId
                """, r => r.GetInt32(0), article));
            removed.OfficialIds.UnionWith(_sql.Query(static s => $"""
                SELECT t.{s.C<OfficialTitle>(nameof(OfficialTitle.OfficialId))} FROM {s.T<OfficialTitle>()} AS t
                    JOIN {s.T<Excerpt>()} AS e ON e.{s.C<Excerpt>(nameof(Excerpt.Id))} = t.{s.C<OfficialTitle>(nameof(OfficialTitle.ExcerptId))}
                    WHERE e.{s.C<Excerpt>(nameof(Excerpt.ArticleId))} = @ArticleId
                UNION SELECT q.{s.C<Quote>(nameof(Quote.OfficialId))} FROM {s.T<Quote>()} AS q
                    JOIN {s.T<Excerpt>()} AS e ON e.{s.C<Excerpt>(nameof(Excerpt.Id))} = q.{s.C<Quote>(nameof(Quote.ExcerptId))}
                    WHERE e.{s.C<Excerpt>(nameof(Excerpt.ArticleId))} = @ArticleId
                UNION SELECT p.{s.C(JoinTables.MeetingReportParticipants.Entity, JoinTables.MeetingReportParticipants.OfficialId)}
                    FROM {s.T(JoinTables.MeetingReportParticipants.Entity)} AS p
                    JOIN {s.T<MeetingReport>()} AS r
                        ON r.{s.C<MeetingReport>(nameof(MeetingReport.Id))} = p.{s.C(JoinTables.MeetingReportParticipants.Entity, JoinTables.MeetingReportParticipants.MeetingReportId)}
                    JOIN {s.T<Excerpt>()} AS e ON e.{s.C<Excerpt>(nameof(Excerpt.Id))} = r.{s.C<MeetingReport>(nameof(MeetingReport.ExcerptId))}
                    WHERE e.{s.C<Excerpt>(nameof(Excerpt.ArticleId))} = @ArticleId
                UNION SELECT v.{s.C<Visit>(nameof(Visit.TravelerId))} FROM {s.T<Visit>()} AS v
                    JOIN {s.T<VisitReport>()} AS r ON r.{s.C<VisitReport>(nameof(VisitReport.VisitId))} = v.{s.C<Visit>(nameof(Visit.Id))}
                    WHERE r.{s.C<VisitReport>(nameof(VisitReport.ArticleId))} = @ArticleId
                """, r => r.GetInt32(0), article));
            _sql.Execute(static s => $"""
                DELETE FROM {s.T<VisitReport>()} WHERE {s.C<VisitReport>(nameof(VisitReport.ArticleId))} = @ArticleId
                """, article);
            _sql.Execute(static s => DeleteCitingExcerptsOfArticle<MeetingReport>(s, nameof(MeetingReport.ExcerptId)), article);
            _sql.Execute(static s => DeleteCitingExcerptsOfArticle<IssueMention>(s, nameof(IssueMention.ExcerptId)), article);
            _sql.Execute(static s => DeleteCitingExcerptsOfArticle<Quote>(s, nameof(Quote.ExcerptId)), article);
            _sql.Execute(static s => DeleteCitingExcerptsOfArticle<OfficialTitle>(s, nameof(OfficialTitle.ExcerptId)), article);
        }

        return removed;
    }

    private static string DeleteCitingExcerptsOfArticle<TEntity>(StoreSchema s, string excerptId) => $"""
        DELETE FROM {s.T<TEntity>()} WHERE {s.C<TEntity>(excerptId)} IN (
            SELECT {s.C<Excerpt>(nameof(Excerpt.Id))} FROM {s.T<Excerpt>()} WHERE {s.C<Excerpt>(nameof(Excerpt.ArticleId))} = @ArticleId)
        """;

    /// <summary>Merges the facts, then recomputes what the removed facts touched and drops whatever lost its last source.</summary>
    private void WriteFacts(Article article, ArticleFacts facts, RemovedFacts removed)
    {
        var stored = _sql.Query(static s => $"""
            SELECT {s.Columns<Excerpt>(nameof(Excerpt.Id), nameof(Excerpt.Start), nameof(Excerpt.Length), nameof(Excerpt.Text))} FROM {s.T<Excerpt>()}
            WHERE {s.C<Excerpt>(nameof(Excerpt.ArticleId))} = @ArticleId ORDER BY {s.C<Excerpt>(nameof(Excerpt.Start))}
            """,
            r => new StoredExcerpt(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3)), (nameof(Excerpt.ArticleId), article.Id));
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
            _sql.Execute(static s => $"""DELETE FROM {s.T<Excerpt>()} WHERE {s.C<Excerpt>(nameof(Excerpt.Id))} = @Id""", (nameof(Excerpt.Id), excerpt.Id));
        }
    }

    /// <summary>The article's values for these columns, each bound to the parameter named after its property.</summary>
    private static (string Name, object? Value)[] Values(Article article, string[] columns, bool withId)
    {
        var values = new List<(string, object?)>(columns.Length + 1);
        if (withId)
        {
            values.Add((nameof(Article.Id), article.Id));
        }

        foreach (var column in columns)
        {
            values.Add((column, column switch
            {
                nameof(Article.Title) => article.Title,
                nameof(Article.Publisher) => article.Publisher,
                nameof(Article.Byline) => article.Byline,
                nameof(Article.Published) => article.Published,
                nameof(Article.PublishedInferred) => article.PublishedInferred,
                nameof(Article.SourcePath) => article.SourcePath,
                nameof(Article.Text) => article.Text,
                nameof(Article.ContentHash) => article.ContentHash,
                nameof(Article.IngestedAt) => article.IngestedAt,
                nameof(Article.Warnings) => article.Warnings,
                nameof(Article.SourceTitle) => article.SourceTitle,
                nameof(Article.SourcePublisher) => article.SourcePublisher,
                nameof(Article.SourcePublished) => article.SourcePublished,
                nameof(Article.OriginalUrl) => article.OriginalUrl,
                _ => throw new ArgumentOutOfRangeException(nameof(columns), column, "Not a column the writer sets."),
            }));
        }

        return [.. values];
    }

    private sealed record RemovedFacts(HashSet<int> VisitIds, HashSet<int> MeetingIds, HashSet<int> OfficialIds);
}

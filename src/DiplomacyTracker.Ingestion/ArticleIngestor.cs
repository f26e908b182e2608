using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Reading;
using DiplomacyTracker.Ingestion.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DiplomacyTracker.Ingestion;

/// <summary>
/// Reads files into articles: read → extract (in parallel, a batch ahead) → write (one writer, a transaction per
/// batch, each article stored whole or not at all: <see cref="ArticleWriter.WriteBatchAsync"/>).
/// The same content twice is one article; a new version of the same source replaces the old one's facts.
/// </summary>
public sealed class ArticleIngestor(
    IDbContextFactory<TrackerDbContext> dbFactory,
    IArticleExtractor extractor,
    IReadOnlyList<IssueDefinition> taxonomy,
    ArticleReaders readers,
    ILogger<ArticleIngestor> logger)
{
    private const int BatchSize = 64;
    public static readonly string[] Extensions = [".txt", ".html", ".htm"];

    /// <summary>
    /// How long one article's extraction may run before it is given up and only that article fails: a hostile or
    /// pathological text must not hold up the batch (and the site's single ingestion queue) for good.
    /// </summary>
    public TimeSpan ExtractionTimeLimit { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The article files named by these paths: files as given, folders searched recursively in name order. Links
    /// inside a folder are not followed (a link to a folder above would walk in circles); a link or other
    /// non-regular file with an article's extension is listed, so that reading refuses it with the reason.
    /// </summary>
    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path) && new DirectoryInfo(path).LinkTarget is null)
            {
                foreach (var file in Walk(path).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    private static List<string> Walk(string folder)
    {
        var files = new List<string>();
        var folders = new Stack<string>([folder]);
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 };
        while (folders.TryPop(out var current))
        {
            foreach (var entry in new DirectoryInfo(current).EnumerateFileSystemInfos("*", options))
            {
                if (entry is DirectoryInfo && entry.LinkTarget is null)
                {
                    folders.Push(entry.FullName);
                }
                else if (Extensions.Contains(Path.GetExtension(entry.Name).ToLowerInvariant()))
                {
                    files.Add(Path.Combine(current, entry.Name));
                }
            }
        }

        return files;
    }

    /// <summary>
    /// The source a file is stored under: its path relative to the folder the command runs in when it is inside it,
    /// else its full path, so that <c>a/x.txt</c> and <c>./a/x.txt</c> are one source.
    /// </summary>
    public static string SourcePathOf(string file)
    {
        var full = Path.GetFullPath(file);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? full : relative;
    }

    public async Task<IngestOutcome> IngestAsync(string sourcePath, byte[] content, CancellationToken cancellationToken,
        StatedMetadata? stated = null)
    {
        await foreach (var outcome in IngestAsync([new IngestItem(sourcePath, () => content, stated)], cancellationToken))
        {
            return outcome;
        }

        throw new InvalidOperationException("no outcome");
    }

    public IAsyncEnumerable<IngestOutcome> IngestFilesAsync(IEnumerable<string> files, CancellationToken cancellationToken) =>
        IngestAsync(files.Select(f => readers.FileItem(f, SourcePathOf(f))), cancellationToken);

    public async IAsyncEnumerable<IngestOutcome> IngestAsync(IEnumerable<IngestItem> items,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await DatabaseFile.OpenInPlaceAsync(db, cancellationToken);
        var connection = db.Database.GetDbConnection();
        var catalog = await IssueCatalog.SyncAsync(db, taxonomy, cancellationToken);
        using var writer = new ArticleWriter(db, catalog);
        await writer.OpenAsync(cancellationToken);
        var undated = new List<Prepared>();

        // While one batch is written, the next is read and extracted: the single writer and the extraction each
        // keep a core busy.
        using var batches = items.Chunk(BatchSize).GetEnumerator();
        var next = PrepareNext(batches, cancellationToken);
        try
        {
            while (next is not null)
            {
                var prepared = await next;
                next = PrepareNext(batches, cancellationToken);

                // Undated articles wait until the rest is stored, then are read again with those trips known.
                undated.AddRange(prepared.Where(IsUndated));
                // A database deleted or moved meanwhile would take the batch into a file nobody opens again.
                DatabaseFile.EnsureInPlace(connection);
                foreach (var outcome in await WriteBatchAsync(writer, prepared.Where(p => !IsUndated(p)).ToList(), cancellationToken))
                {
                    yield return outcome;
                }
            }
        }
        finally
        {
            // Stopped early (cancelled, or the caller stopped reading): the batch being extracted is not written.
            if (next is not null)
            {
                await next.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            }
        }

        if (undated.Count > 0)
        {
            var trips = await StoredTrips.LoadAsync(db, cancellationToken);
            var again = undated.Select(item => Extract(item with { Result = null }, trips, cancellationToken)).ToList();
            DatabaseFile.EnsureInPlace(connection);
            foreach (var outcome in await WriteBatchAsync(writer, again, cancellationToken))
            {
                yield return outcome;
            }
        }
    }

    private Task<Prepared[]>? PrepareNext(IEnumerator<IngestItem[]> batches, CancellationToken cancellationToken)
    {
        if (!batches.MoveNext())
        {
            return null;
        }

        var batch = batches.Current;
        return Task.Run(() =>
        {
            var trips = StoredTrips.OnDemand(dbFactory);
            var prepared = new Prepared[batch.Length];
            try
            {
                Parallel.For(0, batch.Length, new ParallelOptions { CancellationToken = cancellationToken },
                    i => prepared[i] = Prepare(batch[i], trips, cancellationToken));
            }
            catch (AggregateException e) when (cancellationToken.IsCancellationRequested && e.InnerExceptions.All(x => x is OperationCanceledException))
            {
                // Articles that saw the cancellation before the loop did: the batch was cancelled, nothing else went wrong.
                throw new OperationCanceledException(cancellationToken);
            }

            return prepared;
        }, cancellationToken);
    }

    private static bool IsUndated(Prepared item) => item.Result is { Published: null } && item.Outcome is null;

    /// <summary>Writes a batch (see <see cref="ArticleWriter.WriteBatchAsync"/>); the outcomes are told once it is committed.</summary>
    private async Task<List<IngestOutcome>> WriteBatchAsync(ArticleWriter writer, List<Prepared> batch, CancellationToken cancellationToken)
    {
        try
        {
            return await writer.WriteBatchAsync(batch, item => WriteAsync(writer, item, cancellationToken), StoreFailed, cancellationToken);
        }
        catch (Exception e) when (StoreRefusal.Describe(e) is { } refusal)
        {
            // Not even the log line could be written: the batch's transaction rolled back, so none of it is stored.
            logger.LogError(e, "Could not store a batch of {Count} articles: {Refusal}", batch.Count, refusal);
            return batch.Select(item => item.Outcome ?? new IngestOutcome(item.Path, IngestStatus.Failed, Message: $"could not store it: {refusal}")).ToList();
        }
    }

    private static async Task<IngestOutcome> WriteAsync(ArticleWriter writer, Prepared item, CancellationToken cancellationToken)
    {
        if (item.Outcome is not null)
        {
            return item.Outcome;
        }

        if (writer.FindByContent(item.Hash!) is int existing)
        {
            return new IngestOutcome(item.Path, IngestStatus.Unchanged, existing);
        }

        return await writer.WriteAsync(item.Source!, item.Result!, cancellationToken);
    }

    /// <summary>Rolled back to the article's savepoint: nothing of this article is stored. The next one starts clean.</summary>
    private IngestOutcome StoreFailed(Prepared item, Exception e)
    {
        logger.LogError(e, "Could not store {Source}", item.Path);
        return new IngestOutcome(item.Path, IngestStatus.Failed, Message: $"could not store it: {StoreRefusal.Describe(e) ?? e.GetBaseException().Message}");
    }

    private Prepared Prepare(IngestItem item, IKnownTrips trips, CancellationToken cancellationToken)
    {
        // One deadline for reading and extracting: a page that takes the HTML reader minutes fails like a text that
        // takes the extractor minutes, and the batch goes on.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(ExtractionTimeLimit);
        SourceDocument source;
        try
        {
            source = StoredText.Of((item.Stated ?? StatedMetadata.None).Over(Read(item, deadline.Token)));
        }
        catch (Exception e) when (e is ArticleReadException or IOException or UnauthorizedAccessException)
        {
            return Failed(item.SourcePath, e.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError("Gave up reading {Source} after {Seconds} s", item.SourcePath, ExtractionTimeLimit.TotalSeconds);
            return Failed(item.SourcePath, $"reading took longer than {ExtractionTimeLimit.TotalSeconds:0} s and was stopped");
        }

        return Extract(new Prepared(item.SourcePath, source, ArticleWriter.HashOf(source.Text), null, null), trips, deadline.Token, cancellationToken);
    }

    // The readers check the token between steps, but a step (the parser, Readability) cannot be interrupted: the
    // wait ends at the deadline and the step finishes on its own thread, bounded by the readers' size limits.
    private SourceDocument Read(IngestItem item, CancellationToken deadline)
    {
        var reading = Task.Run(() => readers.Read(item.SourcePath, item.Content(), deadline), deadline);
        try
        {
            reading.Wait(deadline);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException!);
        }

        return reading.Result;
    }

    private Prepared Extract(Prepared item, IKnownTrips trips, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(ExtractionTimeLimit);
        return Extract(item, trips, deadline.Token, cancellationToken);
    }

    private Prepared Extract(Prepared item, IKnownTrips trips, CancellationToken deadline, CancellationToken cancellationToken)
    {
        try
        {
            return item with { Result = extractor.Extract(item.Source!, trips, deadline) };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError("Gave up extracting {Source} after {Seconds} s", item.Path, ExtractionTimeLimit.TotalSeconds);
            return Failed(item.Path, $"reading and extraction took longer than {ExtractionTimeLimit.TotalSeconds:0} s and were stopped");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One article the extractor cannot handle must not stop the others.
            logger.LogError(e, "Could not extract {Source}", item.Path);
            return Failed(item.Path, $"extraction failed: {e.Message}");
        }
    }

    private static Prepared Failed(string path, string message) =>
        new(path, null, null, null, new IngestOutcome(path, IngestStatus.Failed, Message: message));

    private sealed record Prepared(string Path, SourceDocument? Source, string? Hash, ExtractionResult? Result, IngestOutcome? Outcome);
}

/// <summary>One thing to ingest: where it came from, how to get its bytes and what its sender stated about it.</summary>
public sealed record IngestItem(string SourcePath, Func<byte[]> Content, StatedMetadata? Stated = null);

using DiplomacyTracker.Ingestion;

namespace DiplomacyTracker.Web.Ingestion;

/// <summary>Work for the ingestion worker: files or pasted text to ingest, or articles to re-extract.</summary>
public sealed class IngestionJob
{
    private readonly Func<IServiceProvider, CancellationToken, IAsyncEnumerable<IngestOutcome>> _run;
    private readonly TaskCompletionSource<IReadOnlyList<IngestOutcome>> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private IngestionJob(string description, Func<IServiceProvider, CancellationToken, IAsyncEnumerable<IngestOutcome>> run,
        IReadOnlyList<IngestItem>? items = null, IReadOnlyCollection<int>? articleIds = null)
    {
        Description = description;
        _run = run;
        Items = items;
        ArticleIds = articleIds;
    }

    /// <summary>What an ingest job reads; null for a re-extraction.</summary>
    internal IReadOnlyList<IngestItem>? Items { get; }

    /// <summary>What a re-extraction re-reads (null: every article); meaningless for an ingest job.</summary>
    internal IReadOnlyCollection<int>? ArticleIds { get; }

    /// <summary>What the ingestion page shows while the job runs.</summary>
    public string Description { get; }

    /// <summary>Completes with the job's outcomes once the worker has run it.</summary>
    public Task<IReadOnlyList<IngestOutcome>> Completion => _done.Task;

    public static IngestionJob Ingest(string description, IReadOnlyList<IngestItem> items) =>
        new(description, (services, ct) => services.GetRequiredService<ArticleIngestor>().IngestAsync(items, ct), items: items);

    /// <summary>Re-extracts the given articles, or all of them when <paramref name="articleIds"/> is null.</summary>
    public static IngestionJob Reextract(string description, IReadOnlyCollection<int>? articleIds) =>
        new(description, (services, ct) => services.GetRequiredService<ArticleReextractor>().ReextractAsync(articleIds, ct), articleIds: articleIds);

    /// <summary>Runs the job here and gives its outcomes (the shared queue runs work another instance sent).</summary>
    internal async Task<IReadOnlyList<IngestOutcome>> RunHereAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await RunAsync(services, cancellationToken);
        return await Completion;
    }

    /// <summary>Done elsewhere: another instance ran it.</summary>
    internal void Complete(IReadOnlyList<IngestOutcome> outcomes) => _done.TrySetResult(outcomes);

    internal void Fail(Exception exception) => _done.TrySetException(exception);

    internal async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        try
        {
            var outcomes = new List<IngestOutcome>();
            await foreach (var outcome in _run(services, cancellationToken))
            {
                outcomes.Add(outcome);
            }

            _done.TrySetResult(outcomes);
        }
        catch (OperationCanceledException)
        {
            _done.TrySetCanceled(cancellationToken);
        }
        catch (Exception e)
        {
            _done.TrySetException(e);
            throw;
        }
    }

    internal void Cancel() => _done.TrySetCanceled();
}

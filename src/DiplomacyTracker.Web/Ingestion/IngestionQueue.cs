using System.Threading.Channels;

namespace DiplomacyTracker.Web.Ingestion;

/// <summary>
/// The web app's one line of ingestion work: uploads, pasted text, inbox files and re-extractions wait here and
/// run one at a time, so one writer merges facts (two at once could both create the same official). On SQLite the
/// line is in memory; on PostgreSQL it is in the store, shared by every instance and run by one
/// (<see cref="SharedIngestionQueue"/>).
/// </summary>
public sealed class IngestionQueue(DiplomacyTracker.Domain.TrackerStore store, SharedIngestionQueue shared)
{
    /// <summary>The store's queue, when the store is shared (PostgreSQL); null for the in-memory one.</summary>
    internal SharedIngestionQueue? Shared { get; } = store.Provider == DiplomacyTracker.Domain.StoreProvider.PostgreSQL ? shared : null;

    private readonly Channel<IngestionJob> _jobs = Channel.CreateUnbounded<IngestionJob>(new UnboundedChannelOptions { SingleReader = true });
    private int _waiting;
    private volatile string? _current;

    /// <summary>Jobs waiting behind the one in progress (on PostgreSQL: sent from this instance and not yet done).</summary>
    public int Waiting => Shared?.Waiting ?? Volatile.Read(ref _waiting);

    /// <summary>The job in progress, if any (on PostgreSQL: the one this instance runs).</summary>
    public string? Current => Shared is null ? _current : Shared.Current;

    public IngestionJob Enqueue(IngestionJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (Shared is not null)
        {
            Shared.Send(job);
            return job;
        }

        Interlocked.Increment(ref _waiting);
        if (!_jobs.Writer.TryWrite(job))
        {
            Interlocked.Decrement(ref _waiting);
            job.Cancel();
        }

        return job;
    }

    internal async IAsyncEnumerable<IngestionJob> TakeAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var job in _jobs.Reader.ReadAllAsync(cancellationToken))
        {
            Interlocked.Decrement(ref _waiting);
            _current = job.Description;
            yield return job;
            _current = null;
        }
    }

    /// <summary>Stops taking work; jobs still waiting are cancelled.</summary>
    internal void Close()
    {
        _jobs.Writer.TryComplete();
        while (_jobs.Reader.TryRead(out var job))
        {
            Interlocked.Decrement(ref _waiting);
            job.Cancel();
        }
    }
}

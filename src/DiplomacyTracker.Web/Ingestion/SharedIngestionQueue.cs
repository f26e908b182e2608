using System.Collections.Concurrent;
using System.Text.Json;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion;
using DiplomacyTracker.Ingestion.Reading;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Ingestion;

/// <summary>
/// The ingestion queue of several instances on one PostgreSQL store: work is written to the store
/// (<see cref="IngestionRequest"/>) by whichever instance received it, and run, one request at a time, by the instance
/// that leads (<see cref="IngestionLeadership"/>), which writes the outcomes back; the instance that sent it completes
/// its <see cref="IngestionJob"/> from them, so an upload page waits for its outcome as on SQLite. A leader that takes
/// over first puts back what the one before left running; an article stored twice is "unchanged" the second time, so
/// running it again is safe.
/// </summary>
public sealed class SharedIngestionQueue(IDbContextFactory<TrackerDbContext> dbFactory, TimeProvider clock, ILogger<SharedIngestionQueue> logger)
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a finished request is kept (for the instance that sent it to read its outcomes).</summary>
    internal static readonly TimeSpan KeptFor = TimeSpan.FromDays(7);

    private readonly ConcurrentDictionary<int, IngestionJob> _sent = new();
    private readonly SemaphoreSlim _wake = new(0);
    private volatile string? _current;

    /// <summary>This instance, as the requests name it.</summary>
    public string Instance { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Jobs this instance sent that are not done yet.</summary>
    public int Waiting => _sent.Count;

    /// <summary>The request this instance is running, if any.</summary>
    public string? Current => _current;

    /// <summary>Writes the job to the store; its completion follows the request's outcome.</summary>
    public void Send(IngestionJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        _ = Task.Run(async () =>
        {
            try
            {
                _sent[await StoreAsync(job)] = job;
                _wake.Release();
            }
            catch (Exception e)
            {
                logger.LogError(e, "Could not queue {Job}", job.Description);
                job.Fail(e);
            }
        });
    }

    /// <summary>
    /// Until stopped: completes the jobs this instance sent as their outcomes arrive, and while it leads takes the
    /// oldest waiting request and runs it.
    /// </summary>
    internal async Task RunAsync(IServiceProvider services, IngestionLeadership leadership, CancellationToken stoppingToken)
    {
        var led = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CompleteSentAsync(stoppingToken);
                if (leadership.Leading)
                {
                    if (!led)
                    {
                        await TakeOverAsync(stoppingToken);
                        led = true;
                    }

                    if (await RunNextAsync(services, stoppingToken))
                    {
                        continue;
                    }
                }
                else
                {
                    led = false;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogError(e, "The shared ingestion queue failed a round; trying again");
            }

            await _wake.WaitAsync(Tick, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        foreach (var job in _sent.Values)
        {
            // The request stays in the store for the leader; only this instance's wait for it ends.
            job.Cancel();
        }
    }

    private async Task<int> StoreAsync(IngestionJob job)
    {
        var request = new IngestionRequest
        {
            Kind = job.Items is null ? IngestionRequestKind.Reextract : IngestionRequestKind.Ingest,
            Description = job.Description,
            ArticleIds = job.Items is null && job.ArticleIds is { } ids ? JsonSerializer.Serialize(ids) : null,
            State = IngestionRequestState.Waiting,
            CreatedAt = clock.GetUtcNow(),
            From = Instance,
        };
        foreach (var (item, position) in (job.Items ?? []).Select((item, i) => (item, i)))
        {
            var stored = new IngestionRequestItem
            {
                Position = position,
                SourcePath = item.SourcePath,
                Stated = item.Stated is null ? null : JsonSerializer.Serialize(item.Stated),
            };
            try
            {
                stored.Content = item.Content();
            }
            catch (Exception e) when (e is ArticleReadException or IOException or UnauthorizedAccessException)
            {
                // Refused as it was read (too large, not a regular file): the leader reports it as the queue would.
                stored.Failure = e.Message;
            }

            request.Items.Add(stored);
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        db.IngestionRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }

    private async Task CompleteSentAsync(CancellationToken cancellationToken)
    {
        if (_sent.IsEmpty)
        {
            return;
        }

        var ids = _sent.Keys.ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var finished = await db.IngestionRequests.AsNoTracking()
            .Where(r => ids.Contains(r.Id) && (r.State == IngestionRequestState.Done || r.State == IngestionRequestState.Failed))
            .Select(r => new { r.Id, r.State, r.Outcomes, r.Error })
            .ToListAsync(cancellationToken);
        foreach (var request in finished)
        {
            if (!_sent.TryRemove(request.Id, out var job))
            {
                continue;
            }

            if (request.State == IngestionRequestState.Done)
            {
                job.Complete(JsonSerializer.Deserialize<List<IngestOutcome>>(request.Outcomes ?? "[]") ?? []);
            }
            else
            {
                job.Fail(new InvalidOperationException(request.Error ?? "the ingestion failed"));
            }
        }
    }

    private async Task TakeOverAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var orphaned = await db.IngestionRequests
            .Where(r => r.State == IngestionRequestState.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, IngestionRequestState.Waiting), cancellationToken);
        if (orphaned > 0)
        {
            logger.LogWarning("Took over {Count} ingestion requests another instance left running", orphaned);
        }
    }

    private async Task<bool> RunNextAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var next = await db.IngestionRequests.AsNoTracking()
            .Where(r => r.State == IngestionRequestState.Waiting).OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.Kind, r.Description, r.ArticleIds })
            .FirstOrDefaultAsync(cancellationToken);
        if (next is null)
        {
            return false;
        }

        var claimed = await db.IngestionRequests.Where(r => r.Id == next.Id && r.State == IngestionRequestState.Waiting)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.State, IngestionRequestState.Running)
                .SetProperty(r => r.StartedAt, clock.GetUtcNow())
                .SetProperty(r => r.RanBy, Instance), cancellationToken);
        if (claimed == 0)
        {
            return true;
        }

        _current = next.Description;
        string state;
        string? outcomes = null;
        string? error = null;
        try
        {
            var job = next.Kind == IngestionRequestKind.Reextract
                ? IngestionJob.Reextract(next.Description, next.ArticleIds is null ? null : JsonSerializer.Deserialize<List<int>>(next.ArticleIds))
                : IngestionJob.Ingest(next.Description, await ItemsAsync(db, next.Id, cancellationToken));
            outcomes = JsonSerializer.Serialize(await job.RunHereAsync(services, cancellationToken));
            state = IngestionRequestState.Done;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Ingestion request {Id} ({Description}) failed", next.Id, next.Description);
            (state, error) = (IngestionRequestState.Failed, e.GetBaseException().Message);
        }
        finally
        {
            _current = null;
        }

        // Outcomes written, content dropped: the articles are stored, or the log says why not.
        await db.IngestionRequests.Where(r => r.Id == next.Id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.State, state)
            .SetProperty(r => r.FinishedAt, clock.GetUtcNow())
            .SetProperty(r => r.Outcomes, outcomes)
            .SetProperty(r => r.Error, error), CancellationToken.None);
        await db.Set<IngestionRequestItem>().Where(i => i.RequestId == next.Id).ExecuteDeleteAsync(CancellationToken.None);

        // The ingestion log keeps what happened to each source; a request's own record is kept for a while, no longer.
        var forgotten = clock.GetUtcNow() - KeptFor;
        await db.IngestionRequests.Where(r => r.FinishedAt != null && r.FinishedAt < forgotten).ExecuteDeleteAsync(CancellationToken.None);
        return true;
    }

    private static async Task<List<IngestItem>> ItemsAsync(TrackerDbContext db, int requestId, CancellationToken cancellationToken)
    {
        var items = await db.Set<IngestionRequestItem>().AsNoTracking()
            .Where(i => i.RequestId == requestId).OrderBy(i => i.Position)
            .ToListAsync(cancellationToken);
        return items.Select(item => new IngestItem(item.SourcePath,
                () => item.Failure is { } failure ? throw new ArticleReadException(failure) : item.Content ?? [],
                item.Stated is null ? null : JsonSerializer.Deserialize<StatedMetadata>(item.Stated)))
            .ToList();
    }
}

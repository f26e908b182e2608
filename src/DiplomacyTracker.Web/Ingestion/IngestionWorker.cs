namespace DiplomacyTracker.Web.Ingestion;

/// <summary>
/// Runs the queued ingestion jobs one after another for as long as the site runs: the in-memory queue's on SQLite, the
/// store's on PostgreSQL while this instance leads (<see cref="IngestionLeadership"/>).
/// </summary>
internal sealed class IngestionWorker(IngestionQueue queue, IngestionLeadership leadership, IServiceProvider services, ILogger<IngestionWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (queue.Shared is { } shared)
        {
            await shared.RunAsync(services, leadership, stoppingToken);
            return;
        }

        try
        {
            await foreach (var job in queue.TakeAsync(stoppingToken))
            {
                try
                {
                    await job.RunAsync(services, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The job's awaiter sees the exception; the queue goes on with the next job.
                    logger.LogError(e, "Ingestion job {Job} failed", job.Description);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            queue.Close();
        }
    }
}

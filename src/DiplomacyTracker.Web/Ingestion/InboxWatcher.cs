using System.Threading.Channels;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion;
using DiplomacyTracker.Ingestion.Reading;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace DiplomacyTracker.Web.Ingestion;

/// <summary>
/// Ingests the <c>.txt</c>, <c>.html</c> and <c>.htm</c> files dropped in <c>Tracker:InboxFolder</c>. A
/// FileSystemWatcher wakes it early; a periodic rescan catches what the watcher missed (it can overflow, and
/// network shares often send nothing). A file is taken once its size and time have stopped changing, ingested as
/// <c>inbox/NAME</c> through the queue, then moved to <c>processed/</c> (or deleted) or, when it failed, to
/// <c>failed/</c> with the reason in <c>NAME.error.txt</c>. Of several instances sharing a PostgreSQL store, only the
/// one that leads (<see cref="IngestionLeadership"/>) scans.
/// </summary>
internal sealed class InboxWatcher(
    IOptions<TrackerOptions> options,
    IngestionQueue queue,
    ArticleReaders readers,
    IngestionLeadership leadership,
    ILogger<InboxWatcher> logger) : BackgroundService
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.InboxFolder))
        {
            return;
        }

        var inbox = new InboxFolder(TrackerHosting.Resolve(settings.InboxFolder), settings.InboxAfterIngest)
        {
            Unreadable = (entry, e) => logger.LogError(
                "Skipping the inbox entry {Entry}: it cannot be opened under its name ({Reason}); rename it (a name that is not valid UTF-8?) or remove it",
                entry, e.Message),
        };
        using var watcher = new FileSystemWatcher(inbox.Path)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.LastWrite,
        };
        watcher.Created += (_, _) => _wake.Writer.TryWrite(true);
        watcher.Changed += (_, _) => _wake.Writer.TryWrite(true);
        watcher.Renamed += (_, _) => _wake.Writer.TryWrite(true);
        watcher.EnableRaisingEvents = true;
        logger.LogInformation("Watching the inbox {Inbox}", inbox.Path);

        var settle = TimeSpan.FromMilliseconds(Math.Max(0, settings.InboxSettleMilliseconds));
        var rescan = TimeSpan.FromSeconds(Math.Max(1, settings.InboxRescanSeconds));
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await leadership.WaitUntilLeadingAsync(stoppingToken);
                _wake.Reader.TryRead(out _);
                await ScanAsync(inbox, settle, stoppingToken);
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                wait.CancelAfter(rescan);
                try
                {
                    await _wake.Reader.WaitToReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // Time for the periodic rescan.
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ScanAsync(InboxFolder inbox, TimeSpan settle, CancellationToken cancellationToken)
    {
        try
        {
            var files = await inbox.SettledFilesAsync(ArticleIngestor.Extensions, settle, cancellationToken);
            var jobs = files.Select(f => (File: f, Job: queue.Enqueue(
                IngestionJob.Ingest($"inbox: {Path.GetFileName(f)}", [readers.FileItem(f, InboxFolder.SourcePathOf(f))])))).ToList();
            foreach (var (file, job) in jobs)
            {
                await HandledAsync(inbox, file, job, cancellationToken);
            }
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "Could not scan the inbox {Inbox}", inbox.Path);
        }
    }

    private async Task HandledAsync(InboxFolder inbox, string file, IngestionJob job, CancellationToken cancellationToken)
    {
        string? failure;
        try
        {
            var outcome = (await job.Completion.WaitAsync(cancellationToken)).Single();
            failure = outcome.Status == IngestStatus.Failed ? outcome.Message ?? "failed" : null;
            logger.LogInformation("Inbox {Outcome}", outcome.ToString());
        }
        catch (DatabaseMovedException e)
        {
            // Not the file's fault: it stays in the inbox for when the database is back.
            logger.LogCritical("Inbox file {File} left in the inbox: {Reason}", file, e.Message);
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failure = $"could not ingest it: {e.GetBaseException().Message}";
        }

        try
        {
            inbox.Dispose(file, failure);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError(e, "Could not move {File} out of the inbox", file);
        }
    }
}

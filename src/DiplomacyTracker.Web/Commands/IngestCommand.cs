using DiplomacyTracker.Ingestion;

namespace DiplomacyTracker.Web.Commands;

/// <summary>
/// <c>ingest</c>: one line per article and a summary; exit code 1 when any file failed. With a
/// <paramref name="progress"/> terminal, a live counter with rate and time left runs beside the lines.
/// </summary>
internal static class IngestCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> paths, TextWriter output, TextWriter? progress,
        CancellationToken cancellationToken)
    {
        if (await ReadOnlyCheck.RefuseAsync(services, "ingest", output, cancellationToken))
        {
            return 1;
        }

        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        foreach (var path in missing)
        {
            await output.WriteLineAsync($"failed    {IngestOutcome.Printable(path)}: no such file or folder");
        }

        var ingestor = services.GetRequiredService<ArticleIngestor>();
        var counts = new Dictionary<IngestStatus, int>();
        var files = ArticleIngestor.ExpandPaths(paths.Except(missing)).ToList();
        var line = progress is null ? null : new ProgressLine(progress, files.Count);
        var done = 0;
        await foreach (var outcome in ingestor.IngestFilesAsync(files, cancellationToken))
        {
            counts[outcome.Status] = counts.GetValueOrDefault(outcome.Status) + 1;
            line?.Clear();
            await output.WriteLineAsync(outcome.ToString());
            line?.Report(++done);
        }

        line?.Clear();

        var failed = counts.GetValueOrDefault(IngestStatus.Failed) + missing.Count;
        await output.WriteLineAsync(
            $"{files.Count + missing.Count} files: {counts.GetValueOrDefault(IngestStatus.Ingested)} ingested, " +
            $"{counts.GetValueOrDefault(IngestStatus.Replaced)} replaced, {counts.GetValueOrDefault(IngestStatus.Unchanged)} unchanged, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}

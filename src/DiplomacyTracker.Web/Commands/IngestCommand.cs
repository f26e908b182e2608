using DiplomacyTracker.Ingestion;

namespace DiplomacyTracker.Web.Commands;

/// <summary><c>ingest</c>: one line per article and a summary; exit code 1 when any file failed.</summary>
internal static class IngestCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> paths, TextWriter output, CancellationToken cancellationToken)
    {
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        foreach (var path in missing)
        {
            await output.WriteLineAsync($"failed    {path}: no such file or folder ({Path.GetFullPath(path)})");
        }

        var ingestor = services.GetRequiredService<ArticleIngestor>();
        var counts = new Dictionary<IngestStatus, int>();
        var files = ArticleIngestor.ExpandPaths(paths.Except(missing)).ToList();
        await foreach (var outcome in ingestor.IngestFilesAsync(files, cancellationToken))
        {
            counts[outcome.Status] = counts.GetValueOrDefault(outcome.Status) + 1;
            await output.WriteLineAsync(outcome.ToString());
        }

        var failed = counts.GetValueOrDefault(IngestStatus.Failed) + missing.Count;
        await output.WriteLineAsync(
            $"{files.Count + missing.Count} files: {counts.GetValueOrDefault(IngestStatus.Ingested)} ingested, " +
            $"{counts.GetValueOrDefault(IngestStatus.Replaced)} replaced, {counts.GetValueOrDefault(IngestStatus.Unchanged)} unchanged, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}

using System.Diagnostics;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Reading;
using DiplomacyTracker.Ingestion.Store;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Benchmarks;

/// <summary>
/// <c>writer --corpus DIR [--count N]</c>: extraction and the store writer timed apart, each on one thread, over
/// the same articles: the first extracted (after a warm-up), then written in batches of 64 into a new database, as
/// the ingestor's writer does. Tells which of the two limits ingest, without the other competing for the cores.
/// </summary>
internal static class WriterProfile
{
    private const int BatchSize = 64;

    public static async Task<int> RunAsync(string corpus, int count, TextWriter output)
    {
        var files = Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(count).ToList();
        var sources = files.Select(f => new SourceDocument(f, File.ReadAllText(f))).ToList();
        var lexicon = Lexicon.LoadDefault();
        var pipeline = new ExtractionPipeline(lexicon);
        foreach (var source in sources.Take(200))
        {
            pipeline.Extract(source, IKnownTrips.None);
        }

        var gcBefore = GC.CollectionCount(0);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var results = sources.Select(s => pipeline.Extract(s, IKnownTrips.None)).ToList();
        var extraction = clock.Elapsed;
        var extractionCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var extractionGcs = GC.CollectionCount(0) - gcBefore;

        var folder = Directory.CreateTempSubdirectory("dt-writer-");
        try
        {
            var options = TrackerDatabase.Options(TrackerDatabase.ConnectionStringFor(Path.Combine(folder.FullName, "writer.db")));
            await using var db = new TrackerDbContext(options);
            await TrackerDatabase.MigrateAsync(db, CancellationToken.None);
            var catalog = await IssueCatalog.SyncAsync(db, lexicon.Issues, CancellationToken.None);
            using var writer = new ArticleWriter(db, catalog);
            await writer.OpenAsync(CancellationToken.None);

            gcBefore = GC.CollectionCount(0);
            cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            foreach (var batch in Enumerable.Range(0, sources.Count).Chunk(BatchSize))
            {
                await writer.WriteBatchAsync(batch, i => writer.WriteAsync(sources[i], results[i], CancellationToken.None),
                    (_, e) => throw e, CancellationToken.None);
            }

            var writing = clock.Elapsed;
            var writingCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var writingGcs = GC.CollectionCount(0) - gcBefore;
            output.WriteLine(Machine.Describe());
            output.WriteLine($"{sources.Count} articles, one thread each, ms per article elapsed (CPU): " +
                             $"extraction {extraction.TotalMilliseconds / sources.Count:0.000} ({extractionCpu.TotalMilliseconds / sources.Count:0.000}, {extractionGcs} gen0 GCs); " +
                             $"writer {writing.TotalMilliseconds / sources.Count:0.000} ({writingCpu.TotalMilliseconds / sources.Count:0.000}, {writingGcs} gen0 GCs); " +
                             $"database {new FileInfo(Path.Combine(folder.FullName, "writer.db")).Length / 1048576} MB");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }

        return 0;
    }
}

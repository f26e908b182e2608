using System.Diagnostics;
using DiplomacyTracker.Corpus;
using Microsoft.Data.Sqlite;

namespace DiplomacyTracker.Benchmarks;

/// <summary>
/// <c>ingest --app DLL --corpus DIR --db PATH</c>: the app's own <c>ingest</c> command over a generated corpus into
/// a new database, timed end to end (start-up, reading, extraction, SQLite writes), then the stored counts checked
/// against the manifest. <c>reextract --app DLL --db PATH</c> times the app's <c>reextract</c> the same way.
/// </summary>
internal static class IngestRun
{
    public static async Task<int> IngestAsync(string app, string corpus, BenchStore db, TextWriter output)
    {
        var manifest = Manifest.Read(Path.Combine(corpus, "manifest.json"));
        output.WriteLine(Machine.Describe());
        var exit = await TimedIngestAsync(app, Path.Combine(corpus, "articles"), db, manifest.Articles, "generated corpus", output);
        var (visits, meetings, officials) = Counts(db);
        var same = visits == manifest.Visits && meetings == manifest.Meetings && officials == manifest.Officials;
        output.WriteLine($"manifest {manifest.Visits} visits, {manifest.Meetings} meetings, {manifest.Officials} officials: " + (same ? "same" : "DIFFERENT"));
        return exit == 0 && same ? 0 : 1;
    }

    /// <summary>
    /// <c>real --app DLL --articles DIR --copies N --corpus DIR --db PATH</c>: real coverage (each article of DIR
    /// copied N times, every copy told apart by a last line of its own so none is skipped as already stored) and the
    /// generated corpus, each ingested by the app's own command into a new database, one after the other in one run.
    /// </summary>
    public static async Task<int> RealAndGeneratedAsync(string app, string articles, int copies, string corpus, BenchStore db, TextWriter output)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dt-real-" + Guid.NewGuid().ToString("N"));
        var sources = Directory.EnumerateFiles(articles, "*.*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".txt" or ".html" or ".htm").Order(StringComparer.Ordinal).ToList();
        for (var copy = 0; copy < copies; copy++)
        {
            var into = Directory.CreateDirectory(Path.Combine(folder, $"copy{copy:0000}")).FullName;
            foreach (var source in sources)
            {
                var text = await File.ReadAllTextAsync(source);
                var mark = Path.GetExtension(source) == ".txt" ? $"\n\nCopy {copy}.\n" : $"<!-- copy {copy} -->";
                await File.WriteAllTextAsync(Path.Combine(into, Path.GetFileName(source)), text + mark);
            }
        }

        try
        {
            var count = sources.Count * copies;
            output.WriteLine(Machine.Describe());
            var status = await TimedIngestAsync(app, folder, db, count, $"real coverage ({sources.Count} articles x {copies})", output);
            return status | await IngestAsync(app, corpus, db.Beside("generated"), output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> TimedIngestAsync(string app, string folder, BenchStore db, int count, string what, TextWriter output)
    {
        db.Reset();
        var clock = Stopwatch.StartNew();
        using var process = AppProcess.Start(app, ["ingest", folder, .. db.Arguments], db);
        var exit = await process.WaitAsync(CancellationToken.None);
        var elapsed = clock.Elapsed;
        output.WriteLine($"ingest {what} into {db}: {count} articles in {elapsed.TotalSeconds:0.0} s = {count / elapsed.TotalSeconds:0} articles/s " +
                         $"(exit {exit}, peak working set {process.PeakWorkingSetBytes / 1048576} MB, load average after {Machine.LoadAverage()})");
        output.WriteLine(CpuLine(process, count, elapsed));
        var (visits, meetings, officials) = Counts(db);
        output.WriteLine($"stored {visits} visits, {meetings} meetings, {officials} officials");
        return exit;
    }

    public static async Task<int> ReextractAsync(string app, BenchStore db, TextWriter output)
    {
        var before = Counts(db);
        output.WriteLine(Machine.Describe());
        var clock = Stopwatch.StartNew();
        using var process = AppProcess.Start(app, ["reextract", .. db.Arguments], db);
        var exit = await process.WaitAsync(CancellationToken.None);
        var elapsed = clock.Elapsed;
        var articles = Math.Max(0, process.OutputLines - 1);
        output.WriteLine($"reextract: {articles} articles in {elapsed.TotalSeconds:0.0} s = {articles / elapsed.TotalSeconds:0} articles/s " +
                         $"(exit {exit}, peak working set {process.PeakWorkingSetBytes / 1048576} MB, load average after {Machine.LoadAverage()})");
        output.WriteLine(CpuLine(process, articles, elapsed));
        var after = Counts(db);
        output.WriteLine($"before {before}, after {after}: {(before == after ? "same" : "DIFFERENT")}");
        return exit == 0 && before == after ? 0 : 1;
    }

    private static string CpuLine(AppProcess process, int articles, TimeSpan elapsed) =>
        $"cpu: {process.CpuTime.TotalSeconds:0.0} s user+system = {process.CpuTime.TotalMilliseconds / Math.Max(1, articles):0.00} ms per article, " +
        $"{process.CpuTime / elapsed:0.00} of {Environment.ProcessorCount} cores busy on average";

    private static (long Visits, long Meetings, long Officials) Counts(BenchStore db)
    {
        using var connection = db.OpenReadOnly();
        long Count(string table)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            return Convert.ToInt64(command.ExecuteScalar()!, System.Globalization.CultureInfo.InvariantCulture);
        }

        return (Count("Visits"), Count("Meetings"), Count("Officials"));
    }
}

using System.Diagnostics;
using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Reading;

namespace DiplomacyTracker.Benchmarks;

/// <summary>
/// <c>stages --corpus DIR [--count N]</c>: every stage's share of extraction time over many articles, on one
/// thread, after a warm-up. BenchmarkDotNet gives the precise per-article figures; this gives the proportions.
/// </summary>
internal static class StageProfile
{
    public static int Run(string corpus, int count, TextWriter output)
    {
        var files = Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(count).ToList();
        var sources = files.Select(f => new SourceDocument(f, File.ReadAllText(f))).ToList();
        var stages = new Stages(Lexicon.LoadDefault());
        var pipeline = new ExtractionPipeline(Lexicon.LoadDefault());
        foreach (var source in sources.Take(200))
        {
            pipeline.Extract(source, IKnownTrips.None);
            RunStages(stages, source, null);
        }

        var times = new long[stages.All.Count];
        var clock = Stopwatch.StartNew();
        foreach (var source in sources)
        {
            RunStages(stages, source, times);
        }

        var stagesTotal = clock.Elapsed;
        clock.Restart();
        foreach (var source in sources)
        {
            pipeline.Extract(source, IKnownTrips.None);
        }

        var whole = clock.Elapsed;
        output.WriteLine($"{sources.Count} articles, one thread: whole pipeline {whole.TotalMilliseconds / sources.Count:0.000} ms/article " +
                         $"({sources.Count / whole.TotalSeconds:0} articles/s); stages one by one {stagesTotal.TotalMilliseconds / sources.Count:0.000} ms/article");
        output.WriteLine("| stage | ms/article | share |");
        output.WriteLine("|---|---:|---:|");
        var total = times.Sum();
        foreach (var (stage, i) in stages.All.Select((s, i) => (s.Name, i)).OrderByDescending(s => times[s.i]))
        {
            output.WriteLine($"| {stage} | {Stopwatch.GetElapsedTime(0, times[i]).TotalMilliseconds / sources.Count:0.000} | {100.0 * times[i] / total:0.0}% |");
        }

        return 0;
    }

    private static void RunStages(Stages stages, SourceDocument source, long[]? times)
    {
        var document = Stages.Start(source);
        for (var i = 0; i < stages.All.Count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            document = stages.All[i].Stage.Run(document, CancellationToken.None);
            if (times is not null)
            {
                times[i] += Stopwatch.GetTimestamp() - started;
            }
        }
    }
}

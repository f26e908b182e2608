using System.Diagnostics;
using System.Text.RegularExpressions;
using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Pipeline.Stages;
using DiplomacyTracker.Ingestion.Reading;

namespace DiplomacyTracker.Benchmarks;

/// <summary>
/// <c>scaling --corpus DIR</c>: extraction time of one long article as it grows up to the longest text extraction reads
/// (<see cref="Normaliser.MaxLength"/>), its sentences taken in turn from the corpus's articles, each stage apart.
/// Linear stages keep the same time per sentence at every length.
/// </summary>
internal static partial class Scaling
{
    private static readonly int[] Lengths = [25_000, 50_000, 100_000, Normaliser.MaxLength - 100];

    public static int Run(string corpus, TextWriter output)
    {
        var sentences = Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(f => SentenceEnd().Split(File.ReadAllText(f).Replace('\n', ' ')))
            .Where(s => s.Length > 20).ToList();
        var stages = new Stages(Lexicon.LoadDefault());
        (string Text, int Sentences) Article(int length)
        {
            var text = new System.Text.StringBuilder(" date 2024-05-16 \n");
            var count = 0;
            while (text.Length + sentences[count % sentences.Count].Length + 1 < length)
            {
                text.Append(sentences[count++ % sentences.Count]).Append(' ');
            }

            return (text.ToString(), count);
        }

        // Warm-up: every stage compiled and its patterns cached.
        Time(stages, Article(20_000).Text);
        output.WriteLine($"{Machine.Describe()}");
        output.WriteLine("| stage | " + string.Join(" | ", Lengths.Select(n => $"µs/sentence at {n / 1000}k chars")) + " |");
        output.WriteLine("|---|" + string.Concat(Lengths.Select(_ => "---:|")));
        // The fastest of three runs: the machine is shared, and the least disturbed run is the truest.
        var rows = Lengths.Select(Article).Select(a =>
        {
            var runs = Enumerable.Range(0, 3).Select(_ => Time(stages, a.Text)).ToList();
            return Enumerable.Range(0, stages.All.Count).Select(i => runs.Min(r => r[i]).TotalMicroseconds / a.Sentences).ToArray();
        }).ToArray();
        for (var i = 0; i < stages.All.Count; i++)
        {
            output.WriteLine($"| {stages.All[i].Name} | " + string.Join(" | ", rows.Select(r => r[i].ToString("0.0"))) + " |");
        }

        output.WriteLine("| **whole** | " + string.Join(" | ", rows.Select(r => $"**{r.Sum():0.0}**")) + " |");
        return 0;
    }

    private static TimeSpan[] Time(Stages stages, string text)
    {
        var document = Stages.Start(new SourceDocument("long.txt", text));
        var times = new TimeSpan[stages.All.Count];
        for (var i = 0; i < stages.All.Count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            document = stages.All[i].Stage.Run(document, CancellationToken.None);
            times[i] = Stopwatch.GetElapsedTime(started);
        }

        return times;
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}

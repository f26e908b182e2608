using System.Diagnostics;
using System.Text;
using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Reading;
using DiplomacyTracker.Ingestion.Tests.Pipeline;
using Xunit.Abstractions;

namespace DiplomacyTracker.Ingestion.Tests.Fuzzing;

/// <summary>
/// Random and mutated articles through the readers and the whole extraction pipeline. For every case: the readers
/// either read it or refuse it with <see cref="ArticleReadException"/>; extraction neither throws nor swallows a
/// crash into an "extraction failed" warning, finishes within <see cref="PerArticle"/>, and every evidence span lies
/// inside the text without splitting a surrogate pair (so the stored excerpt is the article's own characters).
/// Seeds are fixed: a failure names its case, and the same case fails again.
/// <para>
/// Known, reported to the extraction owner and not failed here: a regex that times out (the app's 10 s default match
/// timeout, see Program.cs) — today QuoteFinder's quoted-words pattern on a sentence with a quote mark followed by a
/// very long word; <see cref="QuoteFinderFinishesOnAQuoteBeforeAVeryLongWord"/> is the exact case. Words here stay
/// under 10,000 letters so the run keeps to seconds; longer ones only repeat that finding, seconds at a time.
/// Also known and not exercised here: the HTML reader on a page of thousands of nested elements ran past 15 s
/// (case 8001/895 of a 1,500-case run: 3,000 levels of unclosed div/span before a duplicated article, 449 KB; and
/// 789 KB of repeated unclosed div/span); nesting stays under 200 levels here.
/// </para>
/// </summary>
public sealed class PipelineFuzzTests(ITestOutputHelper output)
{
    // Far above any plausible load (cases take milliseconds alone; 5 s failed on a loaded 2-core machine): what this
    // catches is a case gone quadratic or hung, which takes minutes. Timings belong in the benchmarks.
    private static readonly TimeSpan PerArticle = TimeSpan.FromSeconds(30);

    // Past this an extraction is taken as hung: it is cancelled and the run stops with the case that hung.
    private static readonly TimeSpan Hung = TimeSpan.FromSeconds(90);
    private const string KnownRegexTimeout = "RegexMatchTimeoutException";
    private static readonly ArticleReaders Readers = new(new ArticleReaderOptions());

    [Fact]
    public void MutatedTextNeverBreaksTheReadersOrThePipeline() => Run(seed: 8_001, cases: 300, bytes: false);

    [Fact]
    public void DamagedBytesAreReadOrRefusedCleanly() => Run(seed: 8_002, cases: 1_200, bytes: true);

    [Fact]
    public void QuoteFinderFinishesOnAQuoteBeforeAVeryLongWord()
    {
        var text = "Blinken met Wang Yi in Beijing on Friday. He said \"we " + new string('u', 60_000) + " and left.";
        var problems = new List<string>();

        var elapsed = Check("quote before a 60,000-letter word", new SourceDocument("q.txt", text), problems);

        Assert.Empty(problems);
        Assert.True(elapsed < PerArticle, $"{elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public void LoneSurrogatesGivenStraightToThePipelineAreSurvived()
    {
        // The readers decode strict UTF-8 and so never produce a lone surrogate; a caller handing text over directly might.
        var random = new Random(8_003);
        var problems = new List<string>();
        foreach (var (name, text) in Corpus().Take(6))
        {
            var spoilt = Mutations.OnText.Single(m => m.Name == "surrogate-halves").Apply(random, text);
            Check($"direct {name}", new SourceDocument("direct.txt", spoilt), problems);
        }

        Assert.Empty(problems);
    }

    private void Run(int seed, int cases, bool bytes)
    {
        var random = new Random(seed);
        var corpus = Corpus().ToList();
        var problems = new List<string>();
        var refused = 0;
        var slowest = TimeSpan.Zero;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < cases; i++)
        {
            var (name, text) = corpus[random.Next(corpus.Count)];
            var html = random.Next(3) == 0;
            string what;
            byte[] content;
            if (bytes)
            {
                var mutation = Mutations.OnBytes[random.Next(Mutations.OnBytes.Count)];
                what = $"case {seed}/{i}: {mutation.Name} of {name}";
                content = mutation.Apply(random, Encoding.UTF8.GetBytes(text));
            }
            else
            {
                // One to three mutations on top of each other.
                var spoilt = text;
                var names = new List<string>();
                for (var n = random.Next(1, 4); n > 0; n--)
                {
                    var mutation = Mutations.OnText[random.Next(Mutations.OnText.Count)];
                    spoilt = mutation.Apply(random, spoilt);
                    names.Add(mutation.Name);
                }

                what = $"case {seed}/{i}: {string.Join(" + ", names)} of {name}";
                content = Encoding.UTF8.GetBytes(spoilt);
            }

            SourceDocument source;
            var reading = Task.Run(() => Readers.Read(html ? "fuzz.html" : "fuzz.txt", content));
            try
            {
                if (!reading.Wait(Hung))
                {
                    problems.Add($"{what} ({(html ? "html" : "txt")}): reader still running after {Hung.TotalSeconds:0} s on {content.Length} bytes");
                    Keep(seed, i, html, content);
                    break;
                }

                source = reading.Result;
            }
            catch (AggregateException e) when (e.InnerException is ArticleReadException)
            {
                refused++;
                continue;
            }
            catch (AggregateException e)
            {
                problems.Add($"{what} ({(html ? "html" : "txt")}): reader threw {e.InnerException!.GetType().Name}: {e.InnerException.Message}");
                continue;
            }

            try
            {
                slowest = Max(slowest, Check(what, source, problems));
            }
            catch (HungException e)
            {
                problems.Add(e.Message);
                Keep(seed, i, html, content);
                break;
            }
        }

        foreach (var problem in problems.Where(p => p.Contains(KnownRegexTimeout, StringComparison.Ordinal)))
        {
            output.WriteLine("known: " + problem);
        }

        problems.RemoveAll(p => p.Contains(KnownRegexTimeout, StringComparison.Ordinal));
        output.WriteLine($"{cases} cases in {total.Elapsed.TotalSeconds:0.0} s, {refused} refused by the readers, slowest extraction {slowest.TotalMilliseconds:0} ms");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(20)));
        Assert.True(bytes || refused < cases / 2, $"{refused} of {cases} text cases were refused: the mutations do not reach the pipeline");
    }

    private static TimeSpan Check(string what, SourceDocument source, List<string> problems)
    {
        var clock = Stopwatch.StartNew();
        ExtractionResult result;
        using var cancel = new CancellationTokenSource();
        var extraction = Task.Run(() => Articles.Pipeline.Extract(source, IKnownTrips.None, cancel.Token));
        try
        {
            if (!extraction.Wait(Hung))
            {
                cancel.Cancel();
                throw new HungException($"{what}: still running after {Hung.TotalSeconds:0} s on {source.Text.Length} characters");
            }

            result = extraction.Result;
        }
        catch (AggregateException e)
        {
            problems.Add($"{what}: pipeline threw {e.InnerException!.GetType().Name}: {e.InnerException.Message}");
            return clock.Elapsed;
        }

        var elapsed = clock.Elapsed;
        if (elapsed > PerArticle && !result.Warnings.Any(w => w.Contains(KnownRegexTimeout, StringComparison.Ordinal)))
        {
            // Once more, so a busy machine's pause is not taken for a slow stage.
            clock.Restart();
            Articles.Pipeline.Extract(source, IKnownTrips.None);
            elapsed = clock.Elapsed;
        }

        if (elapsed > PerArticle && !result.Warnings.Any(w => w.Contains(KnownRegexTimeout, StringComparison.Ordinal)))
        {
            problems.Add($"{what}: took {elapsed.TotalMilliseconds:0} ms for {source.Text.Length} characters");
        }

        if (result.Warnings.FirstOrDefault(w => w.StartsWith("extraction failed", StringComparison.Ordinal)) is { } crash)
        {
            problems.Add($"{what}: the pipeline swallowed a crash: {crash}");
        }

        if (result.Title is null)
        {
            problems.Add($"{what}: no title");
        }

        foreach (var (kind, span) in Spans(result.Facts))
        {
            if (span.Start < 0 || span.Length <= 0 || span.End > source.Text.Length)
            {
                problems.Add($"{what}: {kind} evidence {span} outside the text of {source.Text.Length} characters");
            }
            else if (SplitsPair(source.Text, span.Start) || SplitsPair(source.Text, span.End))
            {
                problems.Add($"{what}: {kind} evidence {span} splits a surrogate pair");
            }
        }

        return elapsed;
    }

    private static IEnumerable<(string Kind, TextSpan Span)> Spans(ArticleFacts facts) =>
        facts.Officials.SelectMany(o => o.Titles.Select(t => ("title", t.Evidence)))
            .Concat(facts.Visits.SelectMany(v => v.Evidence.Select(e => ("visit", e))))
            .Concat(facts.Meetings.Select(m => ("meeting", m.Evidence)))
            .Concat(facts.Issues.Select(i => ("issue", i.Evidence)))
            .Concat(facts.Quotes.Select(q => ("quote", q.Evidence)));

    private static bool SplitsPair(string text, int at) =>
        at > 0 && at < text.Length && char.IsHighSurrogate(text[at - 1]) && char.IsLowSurrogate(text[at]);

    // The case that hung, for whoever fixes it.
    private static void Keep(int seed, int i, bool html, byte[] content) =>
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), $"dt-fuzz-hang-{seed}-{i}.{(html ? "html" : "txt")}"), content);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed class HungException(string message) : Exception(message);

    /// <summary>The repository's seed articles and a few invented ones: the material the mutations start from.</summary>
    private static IEnumerable<(string Name, string Text)> Corpus()
    {
        var seeds = Path.Combine(RepositoryRoot(), "seeds");
        foreach (var file in Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            yield return (Path.GetFileName(file), File.ReadAllText(file));
        }

        yield return ("chancellor", """
            German chancellor arrives in Beijing for talks on trade

            BEIJING, March 16 (Reuters) - German Chancellor Olaf Scholz arrived in Beijing on Tuesday for a three-day visit to China.
            Scholz met Chinese Premier Li Qiang at the Great Hall of the People on Wednesday, where the two discussed tariffs.
            "We want fair competition," Scholz told reporters after the talks.
            He is expected to meet Chinese President Xi Jinping on Thursday.
            """);
        yield return ("tiny", "Blinken met Wang.");
        yield return ("date-only", "April 25, 2024");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "seeds")) && Directory.Exists(Path.Combine(dir.FullName, "src")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}

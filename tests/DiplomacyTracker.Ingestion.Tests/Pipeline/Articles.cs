using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Pipeline.Document;
using DiplomacyTracker.Ingestion.Reading;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline;

/// <summary>Builds documents and runs stages for the tests; one lexicon for the whole test run.</summary>
internal static class Articles
{
    public static Lexicon Lexicon { get; } = Lexicon.LoadDefault();

    public static ExtractionPipeline Pipeline { get; } = new(Lexicon);

    /// <summary>Extracts as production does; an extraction that failed (a stage threw) fails the test that asked.</summary>
    public static ExtractionResult Extract(string text, DateTimeOffset? published = null, IKnownTrips? known = null)
    {
        var result = Pipeline.Extract(new SourceDocument("test.txt", text, Published: published), known ?? IKnownTrips.None);
        Assert.DoesNotContain(result.Warnings, w => w.StartsWith("extraction failed", StringComparison.Ordinal));
        return result;
    }

    /// <summary>
    /// Loads a copy of the shipped lexicon in which <paramref name="file"/> is rewritten by <paramref name="edit"/>
    /// (given the file's text), and hands it to <paramref name="use"/>; the copy is removed afterwards.
    /// </summary>
    public static T WithEditedLexicon<T>(string file, Func<string, string> edit, Func<Func<Lexicon>, T> use)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var shipped in Directory.GetFiles(Lexicon.Folder))
            {
                File.Copy(shipped, Path.Combine(folder, Path.GetFileName(shipped)));
            }

            var path = Path.Combine(folder, file);
            File.WriteAllText(path, edit(File.ReadAllText(path)));
            return use(() => Lexicon.Load(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static DateTimeOffset On(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Runs the pipeline's own stages up to and including the one named.</summary>
    public static ArticleDocument RunThrough(string stage, string text, DateTimeOffset? published = null) =>
        Pipeline.RunThrough(new ArticleDocument(new SourceDocument("test.txt", text, Published: published), text, IKnownTrips.None), stage, CancellationToken.None);
}

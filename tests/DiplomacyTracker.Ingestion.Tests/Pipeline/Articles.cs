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

    public static DateTimeOffset On(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Runs the pipeline's own stages up to and including the one named.</summary>
    public static ArticleDocument RunThrough(string stage, string text, DateTimeOffset? published = null) =>
        Pipeline.RunThrough(new ArticleDocument(new SourceDocument("test.txt", text, Published: published), text, IKnownTrips.None), stage, CancellationToken.None);
}

using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Pipeline.Document;
using DiplomacyTracker.Ingestion.Reading;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline;

/// <summary>Builds documents and runs stages for the tests; one lexicon for the whole test run.</summary>
internal static class Articles
{
    public static Lexicon Lexicon { get; } = Lexicon.LoadDefault();

    public static ExtractionPipeline Pipeline { get; } = new(Lexicon);

    public static ExtractionResult Extract(string text, DateTimeOffset? published = null, IKnownTrips? known = null) =>
        Pipeline.Extract(new SourceDocument("test.txt", text, Published: published), known ?? IKnownTrips.None);

    public static DateTimeOffset On(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Runs the stages up to and including the one named, in pipeline order.</summary>
    public static ArticleDocument RunThrough(string stage, string text, DateTimeOffset? published = null)
    {
        var doc = new ArticleDocument(new SourceDocument("test.txt", text, Published: published), text, IKnownTrips.None);
        foreach (var (name, next) in Stages())
        {
            doc = next.Run(doc, CancellationToken.None);
            if (name == stage)
            {
                return doc;
            }
        }

        return doc;
    }

    private static IEnumerable<(string, DiplomacyTracker.Ingestion.Pipeline.Stages.IArticleStage)> Stages()
    {
        yield return ("normalise", new DiplomacyTracker.Ingestion.Pipeline.Stages.Normaliser(Lexicon));
        yield return ("sentences", new DiplomacyTracker.Ingestion.Pipeline.Stages.SentenceSplitter(Lexicon));
        yield return ("publication", new DiplomacyTracker.Ingestion.Pipeline.Stages.PublicationDateFinder());
        yield return ("dates", new DiplomacyTracker.Ingestion.Pipeline.Stages.DateMentionFinder(Lexicon));
        yield return ("people", new DiplomacyTracker.Ingestion.Pipeline.Stages.PeopleFinder(Lexicon));
        yield return ("places", new DiplomacyTracker.Ingestion.Pipeline.Stages.PlaceFinder(Lexicon));
        yield return ("issues", new DiplomacyTracker.Ingestion.Pipeline.Stages.IssueFinder(Lexicon));
        yield return ("meetings", new DiplomacyTracker.Ingestion.Pipeline.Stages.MeetingFinder(Lexicon));
        yield return ("trip", new DiplomacyTracker.Ingestion.Pipeline.Stages.TripFinder(Lexicon));
        yield return ("quotes", new DiplomacyTracker.Ingestion.Pipeline.Stages.QuoteFinder());
    }
}

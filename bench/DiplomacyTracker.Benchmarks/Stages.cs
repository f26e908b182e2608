using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Pipeline.Document;
using DiplomacyTracker.Ingestion.Pipeline.Stages;
using DiplomacyTracker.Ingestion.Reading;

namespace DiplomacyTracker.Benchmarks;

/// <summary>
/// The extraction stages in the pipeline's order (as <see cref="ExtractionPipeline"/> runs them for a dated article),
/// so each can be timed on its own input.
/// </summary>
internal sealed class Stages
{
    public Stages(Lexicon lexicon) => All =
    [
        ("normalise", new Normaliser(lexicon)),
        ("sentences", new SentenceSplitter(lexicon)),
        ("publication date", new PublicationDateFinder()),
        ("dates", new DateMentionFinder(lexicon)),
        ("people", new PeopleFinder(lexicon)),
        ("places", new PlaceFinder(lexicon)),
        ("issues", new IssueFinder(lexicon)),
        ("meetings", new MeetingFinder(lexicon)),
        ("trip", new TripFinder(lexicon)),
        ("known trips", new KnownTripDating()),
        ("past trips", new PastTripFinder(lexicon)),
        ("quotes", new QuoteFinder()),
        ("facts", new FactAssembler()),
    ];

    public IReadOnlyList<(string Name, IArticleStage Stage)> All { get; }

    public static ArticleDocument Start(SourceDocument source) => new(source, source.Text, IKnownTrips.None);

    /// <summary>The document as it reaches stage <paramref name="index"/>.</summary>
    public ArticleDocument Before(int index, SourceDocument source)
    {
        var document = Start(source);
        for (var i = 0; i < index; i++)
        {
            document = All[i].Stage.Run(document, CancellationToken.None);
        }

        return document;
    }
}

using DiplomacyTracker.Ingestion.Pipeline.Document;
using DiplomacyTracker.Ingestion.Pipeline.Stages;
using DiplomacyTracker.Ingestion.Reading;

namespace DiplomacyTracker.Ingestion.Pipeline;

/// <summary>
/// Reads visits, meetings, officials, issues and quotes out of one article by running small stages over an
/// immutable <see cref="ArticleDocument"/>. Stateless after construction: one instance serves every thread.
/// </summary>
public sealed class ExtractionPipeline : IArticleExtractor
{
    private readonly IArticleStage _normalise;
    private readonly IArticleStage _sentences;
    private readonly IArticleStage _publicationDate = new PublicationDateFinder();
    private readonly IArticleStage _dates;
    private readonly IArticleStage _people;
    private readonly IArticleStage _places;
    private readonly IArticleStage _issues;
    private readonly IArticleStage _meetings;
    private readonly IArticleStage _trip;
    private readonly IArticleStage _knownTrips = new KnownTripDating();
    private readonly IArticleStage _pastTrips;
    private readonly IArticleStage _quotes = new QuoteFinder();
    private readonly IArticleStage _facts = new FactAssembler();

    public ExtractionPipeline(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
        _normalise = new Normaliser(lexicon);
        _sentences = new SentenceSplitter(lexicon);
        _dates = new DateMentionFinder(lexicon);
        _people = new PeopleFinder(lexicon);
        _places = new PlaceFinder(lexicon);
        _issues = new IssueFinder(lexicon);
        _meetings = new MeetingFinder(lexicon);
        _trip = new TripFinder(lexicon);
        _pastTrips = new PastTripFinder(lexicon);
    }

    public Lexicon Lexicon { get; }

    public ExtractionResult Extract(SourceDocument source, IKnownTrips knownTrips, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var document = new ArticleDocument(source, source.Text ?? "", knownTrips ?? IKnownTrips.None);
        try
        {
            document = Run(document, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            document = document with { Facts = ArticleFacts.Empty, Warnings = document.Warnings.Add($"extraction failed: {e.GetType().Name}") };
        }

        return new ExtractionResult(Title(document), source.Publisher, document.Published, document.PublishedInferred,
            document.Facts, document.Warnings);
    }

    /// <summary>The stage order, in one place.</summary>
    private ArticleDocument Run(ArticleDocument doc, CancellationToken ct)
    {
        doc = _normalise.Run(doc, ct);
        doc = _sentences.Run(doc, ct);
        doc = _publicationDate.Run(doc, ct);
        doc = _dates.Run(doc, ct);
        doc = _people.Run(doc, ct);
        doc = _places.Run(doc, ct);
        doc = _issues.Run(doc, ct);
        doc = _meetings.Run(doc, ct);
        doc = _trip.Run(doc, ct);
        if (doc.Published is null)
        {
            // An undated article borrows the dates of the same trip from the store, then reads its dates again.
            doc = _knownTrips.Run(doc, ct);
            if (doc.Published is not null)
            {
                doc = _dates.Run(doc, ct);
                doc = _meetings.Run(doc, ct);
                doc = _trip.Run(doc, ct);
            }
        }

        doc = _knownTrips.Run(doc, ct);
        doc = _pastTrips.Run(doc, ct);
        doc = _quotes.Run(doc, ct);
        return _facts.Run(doc, ct);
    }

    private static string Title(ArticleDocument document)
    {
        if (!string.IsNullOrWhiteSpace(document.Source.Title))
        {
            return document.Source.Title.Trim();
        }

        var headline = document.Sentences.FirstOrDefault(s => !s.IsCredit && s.TokenCount >= 5 && s.Length <= 250
            && !Text.DateGrammar.FullDate().IsMatch(document.TextOf(s)));
        return headline is null ? Path.GetFileNameWithoutExtension(document.Source.SourcePath) : document.Source.Text.Substring(headline.Start, headline.Length);
    }
}

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
    public ExtractionPipeline(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
        var dates = new DateMentionFinder(lexicon);
        var meetings = new MeetingFinder(lexicon);
        var trip = new TripFinder(lexicon);
        var knownTrips = new KnownTripDating();

        // The stage order, in one place, top to bottom.
        Steps =
        [
            new("normalise", new Normaliser(lexicon)),
            new("sentences", new SentenceSplitter(lexicon)),
            new("publication", new PublicationDateFinder()),
            new("dates", dates),
            new("people", new PeopleFinder(lexicon)),
            new("places", new PlaceFinder(lexicon)),
            new("meetings", meetings),
            new("trip", trip),
            new("redating", new UndatedArticleRedating(knownTrips, [dates, meetings, trip])),
            new("known trips", knownTrips),
            new("past trips", new PastTripFinder(lexicon)),
            new("issues", new IssueFinder(lexicon)),
            new("quotes", new QuoteFinder(lexicon)),
            new("facts", new FactAssembler(lexicon)),
        ];
        CheckOrder(Steps);
    }

    public Lexicon Lexicon { get; }

    /// <summary>The stages in the order they run; tests run this same list.</summary>
    internal IReadOnlyList<PipelineStep> Steps { get; }

    public ExtractionResult Extract(SourceDocument source, IKnownTrips knownTrips, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var document = new ArticleDocument(source, source.Text ?? "", knownTrips ?? IKnownTrips.None);
        try
        {
            document = RunThrough(document, Steps[^1].Name, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            document = document with { Facts = ArticleFacts.Empty, Warnings = document.Warnings.Add($"extraction failed: {e.GetType().Name}") };
        }

        // Who published it: what the source stated (as the known outlet where it is one), else what the text says.
        var (outlet, originalUrl) = Lexicon.Outlets.Find(document.Text);
        return new ExtractionResult(Title(document), Lexicon.Outlets.Normalise(source.Publisher) ?? outlet, document.Published, document.PublishedInferred,
            document.Facts, document.Warnings) { OriginalUrl = originalUrl };
    }

    /// <summary>
    /// Runs a short made-up article through every stage, so that the code and the lexicon's compiled patterns are
    /// compiled before the first real article needs them: started beside the database's preparation, that work
    /// (about two seconds of CPU, most of it the JIT compiling the largest cue patterns) takes the idle core instead
    /// of holding up the first batch. Returns what it found: a visit, a meeting and issues, so every stage had work.
    /// </summary>
    public ExtractionResult WarmUp(CancellationToken cancellationToken = default) =>
        Extract(new SourceDocument("warm-up.txt", WarmUpText, "Warm-up", null, null), IKnownTrips.None, cancellationToken);

    private const string WarmUpText = """
         date 2031-04-07
        LISBON, April 7 (Reuters) - Foreign Minister Ana Ribeiro of Portugal arrived in Tokyo on Monday for a three-day
        official visit, her first trip to Japan, and will travel on to Seoul on Thursday.
        Ribeiro met Japanese Prime Minister Kenji Sato at his office on Tuesday and held talks on trade, energy security
        and fisheries. "We agreed to deepen our cooperation," she told reporters after the 90-minute meeting.
        The two are expected to meet again in June at the G20 summit, officials said.
        """;

    /// <summary>What every stage found in one article, as text (the <c>explain</c> command prints it).</summary>
    public string Explain(SourceDocument source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var document = RunThrough(new ArticleDocument(source, source.Text ?? "", IKnownTrips.None), Steps[^1].Name, cancellationToken);
        return ExtractionReport.Write(document);
    }

    /// <summary>Runs the stages in order, up to and including the one named.</summary>
    internal ArticleDocument RunThrough(ArticleDocument document, string lastStep, CancellationToken cancellationToken)
    {
        foreach (var step in Steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            document = step.Stage.Run(document, cancellationToken);
            if (step.Name == lastStep)
            {
                return document;
            }
        }

        throw new ArgumentException($"the pipeline has no stage named '{lastStep}'", nameof(lastStep));
    }

    /// <summary>Every part a stage reads is the source or was assigned by a stage before it.</summary>
    internal static void CheckOrder(IReadOnlyList<PipelineStep> steps)
    {
        var assigned = DocumentPart.Source;
        foreach (var step in steps)
        {
            var missing = step.Stage.Reads & ~assigned;
            if (missing != DocumentPart.None)
            {
                throw new InvalidOperationException($"the stage '{step.Name}' reads {missing}, which no stage before it assigns");
            }

            assigned |= step.Stage.Assigns;
        }
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

/// <summary>One named stage of <see cref="ExtractionPipeline.Steps"/>.</summary>
internal sealed record PipelineStep(string Name, IArticleStage Stage);

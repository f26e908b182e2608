using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Pipeline.Document;
using DiplomacyTracker.Ingestion.Pipeline.Stages;
using DiplomacyTracker.Ingestion.Reading;

namespace DiplomacyTracker.Benchmarks;

/// <summary>
/// The extraction stages in the pipeline's own order (<see cref="ExtractionPipeline"/>'s one list), so each can be
/// timed on its own input.
/// </summary>
internal sealed class Stages
{
    public Stages(Lexicon lexicon) => All = new ExtractionPipeline(lexicon).Steps.Select(s => (s.Name, s.Stage)).ToList();

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

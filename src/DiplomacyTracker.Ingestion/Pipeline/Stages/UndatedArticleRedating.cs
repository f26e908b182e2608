using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// An article that gives no date of its own borrows one from the same trip in the store (<see cref="KnownTripDating"/>)
/// and, when it got one, reads its dates, meetings and trip again against it. The stages it repeats are the
/// pipeline's own instances, passed in by the pipeline.
/// </summary>
internal sealed class UndatedArticleRedating(IArticleStage knownTrips, IReadOnlyList<IArticleStage> repeated) : IArticleStage
{
    public DocumentPart Reads => knownTrips.Reads | repeated.Aggregate(DocumentPart.None, (parts, stage) => parts | stage.Reads);

    public DocumentPart Assigns => knownTrips.Assigns | repeated.Aggregate(DocumentPart.None, (parts, stage) => parts | stage.Assigns);

    public ArticleDocument Run(ArticleDocument document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (document.Published is not null)
        {
            return document;
        }

        document = knownTrips.Run(document, cancellationToken);
        if (document.Published is null)
        {
            return document;
        }

        foreach (var stage in repeated)
        {
            cancellationToken.ThrowIfCancellationRequested();
            document = stage.Run(document, cancellationToken);
        }

        return document;
    }
}

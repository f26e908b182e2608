using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>One step of the pipeline: reads the document and returns it with what the step found added.</summary>
internal interface IArticleStage
{
    ArticleDocument Run(ArticleDocument document, CancellationToken cancellationToken);
}

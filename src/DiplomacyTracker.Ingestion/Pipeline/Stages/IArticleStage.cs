using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// One step of the pipeline: reads the document and returns it with what the step found added. It says which parts
/// it reads and which it assigns; <see cref="ExtractionPipeline"/> checks that every part is assigned before it is read.
/// </summary>
internal interface IArticleStage
{
    DocumentPart Reads { get; }

    DocumentPart Assigns { get; }

    /// <summary>Runs the step. Long loops check <paramref name="cancellationToken"/>, so a deadline stops the article.</summary>
    ArticleDocument Run(ArticleDocument document, CancellationToken cancellationToken);
}

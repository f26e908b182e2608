namespace DiplomacyTracker.Ingestion.Reading;

/// <summary>
/// An article as a reader found it: the plain text the tracker keeps (every excerpt offset points into it) and
/// whatever metadata the file itself states. Fields a reader could not find are null; the pipeline fills gaps.
/// </summary>
public sealed record SourceDocument(
    string SourcePath,
    string Text,
    string? Title = null,
    string? Publisher = null,
    string? Byline = null,
    DateTimeOffset? Published = null,
    string? OriginalUrl = null);

namespace DiplomacyTracker.Ingestion;

public enum IngestStatus
{
    Ingested,
    Replaced,
    Unchanged,
    Reextracted,
    Failed,
}

/// <summary>What happened to one file: the line the <c>ingest</c> command prints for it.</summary>
public sealed record IngestOutcome(string SourcePath, IngestStatus Status, int? ArticleId = null, string? Message = null,
    IReadOnlyList<string>? Warnings = null)
{
    public override string ToString()
    {
        var word = Status.ToString().ToLowerInvariant();
        var detail = Status == IngestStatus.Failed ? $": {Message}" :
            Warnings is { Count: > 0 } ? $" ({string.Join("; ", Warnings)})" : "";
        return $"{word,-9} {SourcePath}{detail}";
    }
}

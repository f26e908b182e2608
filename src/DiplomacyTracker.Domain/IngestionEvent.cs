namespace DiplomacyTracker.Domain;

/// <summary>
/// One line of the ingestion log: what happened to one source (ingested, replaced, unchanged, re-extracted or
/// failed) and when. Kept apart from <see cref="Article"/> so a file that never became an article still shows.
/// </summary>
public sealed class IngestionEvent
{
    public int Id { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>The source as ingested: a path, <c>inbox/name.html</c>, <c>upload/name.txt</c>, <c>paste/...</c>.</summary>
    public required string Source { get; set; }

    /// <summary>ingested, replaced, unchanged, reextracted or failed.</summary>
    public required string Status { get; set; }

    /// <summary>Why it failed, or the article's warnings.</summary>
    public string? Message { get; set; }

    /// <summary>The article it produced; null when it failed or the article was since replaced.</summary>
    public int? ArticleId { get; set; }
}

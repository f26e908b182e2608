namespace DiplomacyTracker.Domain;

/// <summary>One news article as it was ingested: its text is kept whole so every excerpt can point into it.</summary>
public sealed class Article
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string? Publisher { get; set; }
    public string? Byline { get; set; }
    public DateOnly? Published { get; set; }

    /// <summary>True when <see cref="Published"/> was inferred from the content rather than read from a dateline.</summary>
    public bool PublishedInferred { get; set; }

    /// <summary>Where the article was read from: a path relative to the ingest root, or an upload name.</summary>
    public required string SourcePath { get; set; }

    public required string Text { get; set; }

    /// <summary>SHA-256 of <see cref="Text"/>, hex; the same content is never ingested twice.</summary>
    public required string ContentHash { get; set; }

    /// <summary>
    /// The metadata the source itself gave (an HTML page's own title, outlet and date, or what an editor typed with
    /// pasted text), kept so re-extraction sees the same input without the original file. It wins over what the
    /// extraction infers.
    /// </summary>
    public string? SourceTitle { get; set; }

    public string? SourcePublisher { get; set; }

    /// <summary>The address of the original story (the page's canonical link, a <c>URL:</c> line, or what an editor gave).</summary>
    public string? OriginalUrl { get; set; }
    public DateTimeOffset? SourcePublished { get; set; }

    public DateTimeOffset IngestedAt { get; set; }
    public List<string> Warnings { get; set; } = [];

    public List<Excerpt> Excerpts { get; set; } = [];
}

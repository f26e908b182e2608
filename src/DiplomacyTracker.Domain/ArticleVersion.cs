namespace DiplomacyTracker.Domain;

/// <summary>
/// An earlier text of an article: a new version of the same source keeps the article's id (and every link to it),
/// and the text it replaced stays readable here.
/// </summary>
public sealed class ArticleVersion
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    public required string ContentHash { get; set; }

    /// <summary>When this text was ingested.</summary>
    public DateTimeOffset IngestedAt { get; set; }

    /// <summary>When a newer text replaced it.</summary>
    public DateTimeOffset ReplacedAt { get; set; }
}

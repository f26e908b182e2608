namespace DiplomacyTracker.Domain;

/// <summary>
/// A verbatim span of an article's text. Every fact the tracker shows links to the excerpts it was read from;
/// <c>article.Text.Substring(Start, Length) == Text</c> always holds.
/// </summary>
public sealed class Excerpt
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int Start { get; set; }
    public int Length { get; set; }
    public required string Text { get; set; }
}

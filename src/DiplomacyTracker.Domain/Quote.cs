namespace DiplomacyTracker.Domain;

/// <summary>Words an article attributes to an official.</summary>
public sealed class Quote
{
    public int Id { get; set; }
    public int OfficialId { get; set; }
    public Official Official { get; set; } = null!;
    public int ExcerptId { get; set; }
    public Excerpt Excerpt { get; set; } = null!;
    public required string Text { get; set; }
    public int? VisitId { get; set; }
    public Visit? Visit { get; set; }
}

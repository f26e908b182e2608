namespace DiplomacyTracker.Domain;

/// <summary>A topic raised on visits and at meetings (trade, Taiwan, fentanyl, ...), from the issue taxonomy.</summary>
public sealed class Issue
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public List<IssueMention> Mentions { get; set; } = [];
}

/// <summary>An issue raised at a meeting or on a visit, with the sentence that says so and, when known, who raised it.</summary>
public sealed class IssueMention
{
    public int Id { get; set; }
    public int IssueId { get; set; }
    public Issue Issue { get; set; } = null!;
    public int ExcerptId { get; set; }
    public Excerpt Excerpt { get; set; } = null!;
    public int? VisitId { get; set; }
    public Visit? Visit { get; set; }
    public int? MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public int? RaisedById { get; set; }
    public Official? RaisedBy { get; set; }

    /// <summary>
    /// The day the issue came up: the meeting's day, else the visit's first day, else the article's date. Kept by the
    /// writer whenever one of those changes, so the pages, the API and the export read one rule.
    /// </summary>
    public DateOnly? Day { get; set; }
}

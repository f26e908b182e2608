namespace DiplomacyTracker.Domain;

/// <summary>
/// One trip: a traveller in a host country. Its dates and cities are the union of what its reports say, so
/// removing an article shrinks the visit back to what the remaining sources support.
/// </summary>
public sealed class Visit
{
    public int Id { get; set; }
    public int TravelerId { get; set; }
    public Official Traveler { get; set; } = null!;
    public required string HostCountry { get; set; }
    public List<string> Cities { get; set; } = [];
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }

    public List<VisitReport> Reports { get; set; } = [];
    public List<Meeting> Meetings { get; set; } = [];
    public List<IssueMention> Issues { get; set; } = [];
}

/// <summary>What one article says about a visit.</summary>
public sealed class VisitReport
{
    public int Id { get; set; }
    public int VisitId { get; set; }
    public Visit Visit { get; set; } = null!;
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
    public List<string> Cities { get; set; } = [];
    public List<Excerpt> Excerpts { get; set; } = [];
}

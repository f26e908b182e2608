namespace DiplomacyTracker.Domain;

public enum MeetingStatus
{
    Planned = 0,
    Held = 1,
}

/// <summary>
/// A meeting between officials. One meeting whatever the number of articles reporting it; its fields are
/// consolidated from its reports (held wins over planned, the most specific venue wins).
/// </summary>
public sealed class Meeting
{
    public int Id { get; set; }
    public int? VisitId { get; set; }
    public Visit? Visit { get; set; }
    public DateOnly? Date { get; set; }
    public string? City { get; set; }
    public string? Venue { get; set; }
    public MeetingStatus Status { get; set; }
    public int? DurationMinutes { get; set; }

    /// <summary>
    /// The date is that of talks a source reports held on a day it names: another report of talks with the same
    /// people on another named day is another meeting. Otherwise (a plan, a greeting, a guessed day) reports join.
    /// </summary>
    public bool DateFirm { get; set; }

    public List<Official> Participants { get; set; } = [];
    public List<MeetingReport> Reports { get; set; } = [];
    public List<IssueMention> Issues { get; set; } = [];
}

/// <summary>What one sentence of one article says about a meeting, including who took part.</summary>
public sealed class MeetingReport
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public Meeting Meeting { get; set; } = null!;
    public int ExcerptId { get; set; }
    public Excerpt Excerpt { get; set; } = null!;
    public DateOnly? Date { get; set; }
    public MeetingStatus Status { get; set; }
    public string? City { get; set; }
    public string? Venue { get; set; }
    public int? DurationMinutes { get; set; }

    /// <summary>The sentence gave no day; <see cref="Date"/> is the article's, a guess.</summary>
    public bool DateAssumed { get; set; }

    /// <summary>A greeting on arrival, not talks.</summary>
    public bool Ceremonial { get; set; }

    public List<Official> Participants { get; set; } = [];
}

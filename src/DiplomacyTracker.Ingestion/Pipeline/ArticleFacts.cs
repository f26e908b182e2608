namespace DiplomacyTracker.Ingestion.Pipeline;

/// <summary>
/// Everything the pipeline read from one article, ready for the store. People are referred to by
/// <see cref="ExtractedOfficial.Key"/>; visits and meetings by their index in these lists. Every span points
/// into the article text and is the verbatim evidence for its fact.
/// </summary>
public sealed record ArticleFacts(
    IReadOnlyList<ExtractedOfficial> Officials,
    IReadOnlyList<ExtractedVisit> Visits,
    IReadOnlyList<ExtractedMeeting> Meetings,
    IReadOnlyList<ExtractedIssue> Issues,
    IReadOnlyList<ExtractedQuote> Quotes)
{
    public static ArticleFacts Empty { get; } = new([], [], [], [], []);

    public bool IsEmpty => Officials.Count == 0 && Visits.Count == 0 && Meetings.Count == 0 && Issues.Count == 0;
}

/// <summary>
/// A government official the article names. <paramref name="Key"/> is the normalised full name
/// ("antony blinken"), the same across articles for the same person; <see cref="MatchTokens"/> fold it further, so
/// that other spellings of the name in other articles find the same person.
/// </summary>
public sealed record ExtractedOfficial(
    string Key,
    string Name,
    string? Country,
    IReadOnlyList<ExtractedTitle> Titles,
    IReadOnlyList<string> Aliases)
{
    public IReadOnlyList<string> MatchTokens { get; init; } = [];
}

/// <summary>A title as the article gives it, with the sentence and the date it applied.</summary>
public sealed record ExtractedTitle(string Title, TextSpan Evidence, DateOnly? AsOf);

public sealed record ExtractedVisit(
    string TravelerKey,
    string HostCountry,
    IReadOnlyList<string> Cities,
    DateOnly? Start,
    DateOnly? End,
    IReadOnlyList<TextSpan> Evidence);

public enum ExtractedMeetingStatus
{
    Planned,
    Held,
}

public sealed record ExtractedMeeting(
    int? VisitIndex,
    DateOnly? Date,
    ExtractedMeetingStatus Status,
    string? City,
    string? Venue,
    int? DurationMinutes,
    IReadOnlyList<string> ParticipantKeys,
    TextSpan Evidence)
{
    /// <summary>No sentence gave the day: <see cref="Date"/> is the article's date, a guess other reports may correct.</summary>
    public bool DateAssumed { get; init; }

    /// <summary>Only a greeting on arrival was reported: it joins talks with the same people on the same visit.</summary>
    public bool Ceremonial { get; init; }
}

/// <summary>An issue raised at a meeting (<paramref name="MeetingIndex"/>) or on a visit (<paramref name="VisitIndex"/>).</summary>
public sealed record ExtractedIssue(
    string Slug,
    TextSpan Evidence,
    int? VisitIndex,
    int? MeetingIndex,
    string? RaisedByKey);

public sealed record ExtractedQuote(string OfficialKey, TextSpan Evidence, int? VisitIndex);

using DiplomacyTracker.Ingestion.Pipeline;

namespace DiplomacyTracker.Ingestion.Pipeline.Document;

/// <summary>
/// A meeting a sentence reports, before the trip is known: the people met (<see cref="Counterparts"/>), the other
/// officials the sentence names (one of them is usually the traveller), and what the sentence says about when and where.
/// </summary>
internal sealed record MeetingMention(
    int Sentence,
    int CueStart,
    ExtractedMeetingStatus Status,
    IReadOnlyList<int> Counterparts,
    IReadOnlyList<int> Others,
    int? Subject,
    bool Loose,
    DateOnly? Date,
    (DateOnly From, DateOnly To)? When,
    string? City,
    string? Venue,
    int? DurationMinutes);

/// <summary>The trip the article reports: who travelled where, when, through which cities.</summary>
internal sealed record TripFinding(
    int Traveler,
    string HostCountry,
    IReadOnlyList<string> Cities,
    DateOnly? Start,
    DateOnly? End,
    IReadOnlyList<int> EvidenceSentences,
    IReadOnlySet<int> TripSentences);

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
    int? DurationMinutes)
{
    /// <summary>Whether the phrase makes its subject the host ("X received Y") or the guest ("Y was received by X").</summary>
    public MeetingDirection Direction { get; init; }

    /// <summary>The sentence gives no day: <see cref="Date"/> is the publication day, a guess.</summary>
    public bool DateAssumed { get; init; }

    /// <summary>A greeting on arrival ("was greeted at the airport by X"), not talks.</summary>
    public bool Ceremonial { get; init; }

    /// <summary>The subject is a pronoun ("he will meet X"), or the subject of a verb before it that this one shares.</summary>
    public bool PronounSubject { get; init; }
}

internal enum MeetingDirection
{
    Plain,
    SubjectHosts,
    SubjectIsGuest,
}

/// <summary>
/// The trip the article reports: who travelled where, when, through which cities. A tour through several countries
/// also has its <see cref="Legs"/>, one per host country in travel order; the trip's own host, cities and days are
/// then those of the whole tour as first read.
/// </summary>
internal sealed record TripFinding(
    int Traveler,
    string HostCountry,
    IReadOnlyList<string> Cities,
    DateOnly? Start,
    DateOnly? End,
    IReadOnlyList<int> EvidenceSentences,
    IReadOnlySet<int> TripSentences)
{
    public IReadOnlyList<TripLeg> Legs { get; init; } = [];

    /// <summary>Sentences about the traveller's other trips ("when she visited X in March 2024"), kept out of this one.</summary>
    public IReadOnlySet<int> OtherTripSentences { get; init; } = new HashSet<int>();

    /// <summary>The traveller's own country: their nationality, else where the article has them return to.</summary>
    public string? TravelerHome { get; init; }

    /// <summary>The visits the trip makes: its legs, or the trip itself when it stays in one country.</summary>
    public IReadOnlyList<TripLeg> Visits => Legs.Count > 0 ? Legs : [new TripLeg(HostCountry, Cities, Start, End, EvidenceSentences, TripSentences)];

    /// <summary>The index (in <see cref="Visits"/>) of the visit a sentence tells about, or null when it tells about no one leg.</summary>
    public int? VisitOf(int sentence)
    {
        if (Legs.Count == 0)
        {
            return 0;
        }

        for (var i = 0; i < Legs.Count; i++)
        {
            if (Legs[i].Sentences.Contains(sentence))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The leg of the closest sentence before that tells about one leg ("... met President X. The two leaders
    /// discussed Y."): the narrative is still there.</summary>
    public int? VisitBefore(int sentence)
    {
        for (var index = sentence - 1; index >= Math.Max(0, sentence - 3); index--)
        {
            if (VisitOf(index) is { } leg)
            {
                return leg;
            }
        }

        return null;
    }

    /// <summary>The leg whose days hold a date, the first such.</summary>
    public int? VisitOn(DateOnly date)
    {
        for (var i = 0; i < Visits.Count; i++)
        {
            if (Visits[i] is { Start: { } s, End: { } e } && date >= s && date <= e)
            {
                return i;
            }
        }

        return null;
    }
}

/// <summary>One country of a trip: the host, the cities in travel order, the first and last day, and the sentences about it.</summary>
internal sealed record TripLeg(
    string HostCountry,
    IReadOnlyList<string> Cities,
    DateOnly? Start,
    DateOnly? End,
    IReadOnlyList<int> EvidenceSentences,
    IReadOnlySet<int> Sentences);

/// <summary>Another trip the article mentions in passing ("when she visited Hanoi in July 2023"), dated by the text.</summary>
internal sealed record PastTrip(int Traveler, string HostCountry, IReadOnlyList<string> Cities, DateOnly Start, DateOnly End, int Sentence);

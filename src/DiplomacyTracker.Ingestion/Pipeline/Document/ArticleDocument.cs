using System.Collections.Immutable;
using DiplomacyTracker.Ingestion.Pipeline.Text;
using DiplomacyTracker.Ingestion.Reading;

namespace DiplomacyTracker.Ingestion.Pipeline.Document;

/// <summary>
/// One article as it flows through the stages. Immutable: each stage returns <c>doc with { ... }</c>, adding what it
/// found. <see cref="Text"/> is the analysed copy of the source text: the same length, so every offset found in it is
/// an offset into <see cref="SourceDocument.Text"/> as well.
/// </summary>
internal sealed record ArticleDocument(SourceDocument Source, string Text, IKnownTrips KnownTrips)
{
    /// <summary>Cue patterns' matches per sentence text, shared by every copy of the document the stages make.</summary>
    public SentenceMatches Matches { get; init; } = new();

    public IReadOnlyList<Token> Tokens { get; init; } = [];

    public IReadOnlyList<Sentence> Sentences { get; init; } = [];

    /// <summary>Spans of datelines ("BEIJING (AP) -") that name where a reporter filed, not where things happened.</summary>
    public IReadOnlyList<TextSpan> Datelines { get; init; } = [];

    public DateOnly? Published { get; init; }

    public bool PublishedInferred { get; init; }

    /// <summary>The publication date was taken from an event in the text (or a known trip), so it is a day of the
    /// events, not a day after them: weekdays resolve to the nearest such day.</summary>
    public bool PublishedIsEventDay { get; init; }

    public IReadOnlyList<DateMention> Dates { get; init; } = [];

    public IReadOnlyList<Person> People { get; init; } = [];

    public IReadOnlyList<PersonMention> Mentions { get; init; } = [];

    public IReadOnlyList<PlaceMention> Places { get; init; } = [];

    public IReadOnlyList<VenueMention> Venues { get; init; } = [];

    /// <summary>How often each country is named, by name, nationality or government body ("American", "White House").</summary>
    public IReadOnlyDictionary<string, int> CountryMentions { get; init; } = new Dictionary<string, int>();

    /// <summary>The countries each sentence names by name, nationality, capital or government body, by sentence index.</summary>
    public IReadOnlyList<IReadOnlySet<string>> SentenceCountries { get; init; } = [];

    /// <summary>Cities named in datelines: where the reporter filed from, a last guess for where a meeting was.</summary>
    public IReadOnlyList<PlaceMention> DatelinePlaces { get; init; } = [];

    public IReadOnlyList<IssueMention> Issues { get; init; } = [];

    public IReadOnlyList<MeetingMention> Meetings { get; init; } = [];

    public TripFinding? Trip { get; init; }

    public IReadOnlyList<PastTrip> PastTrips { get; init; } = [];

    public IReadOnlyList<QuoteMention> Quotes { get; init; } = [];

    public ArticleFacts Facts { get; init; } = ArticleFacts.Empty;

    public ImmutableList<string> Warnings { get; init; } = [];

    public IEnumerable<Token> TokensOf(Sentence sentence) =>
        Tokens.Skip(sentence.FirstToken).Take(sentence.TokenCount);

    public string TextOf(Sentence sentence) => Text.Substring(sentence.Start, sentence.Length);

    public Sentence? SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = Sentences[mid];
            if (offset < s.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return s;
            }
        }

        return null;
    }

    public bool InDateline(int offset) => Datelines.Any(d => offset >= d.Start && offset < d.End);

    /// <summary>The people named in one sentence, in text order.</summary>
    public IEnumerable<PersonMention> MentionsIn(int sentence) => Indexed(Mentions, ref _mentions, m => m.Sentence)[sentence];

    /// <summary>The places named in one sentence, in text order.</summary>
    public IEnumerable<PlaceMention> PlacesIn(int sentence) => Indexed(Places, ref _places, p => p.Sentence)[sentence];

    /// <summary>The dates mentioned in one sentence, in text order.</summary>
    public IEnumerable<DateMention> DatesIn(int sentence) => Indexed(Dates, ref _dates, d => d.Sentence)[sentence];

    // Per-sentence lookups, built on first use and rebuilt when a stage replaced the list ("with" copies the cache).
    private (object Source, object Lookup)? _mentions;
    private (object Source, object Lookup)? _places;
    private (object Source, object Lookup)? _dates;

    private static ILookup<int, T> Indexed<T>(IReadOnlyList<T> items, ref (object Source, object Lookup)? cache, Func<T, int> sentence)
    {
        if (cache is { } built && ReferenceEquals(built.Source, items))
        {
            return (ILookup<int, T>)built.Lookup;
        }

        var lookup = items.ToLookup(sentence);
        cache = (items, lookup);
        return lookup;
    }
}

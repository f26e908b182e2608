using System.Text.RegularExpressions;
using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>One travel phrase of the article: who it takes where, and whether that trip was called off.</summary>
/// <param name="Traveler">the official the phrase is about, if the sentence says</param>
/// <param name="Destination">the country the phrase leads to, if a place follows it</param>
/// <param name="Visiting">"visiting Foreign Minister X", "X, who is on a visit": the person is abroad where the sentence is</param>
internal sealed record TravelEvent(int Sentence, int Start, int End, int? Traveler, string? Destination, bool CalledOff, bool Visiting = false)
{
    /// <summary>Every country a called-off phrase named ("postponed plans to visit A and B").</summary>
    public IReadOnlyList<string> CalledOffCountries { get; init; } = [];
}

/// <summary>
/// Reads the travel phrases of an article ("arrived in", "a visit to", "the trip to ... was postponed") and ties each
/// to the person it is about: the name before it in its clause ("X arrived in", "X's visit to", "X, who is on a visit
/// to"), the name right after "by" or "of" ("the visit by X to"), the subject after a fronted phrase ("During his visit
/// to Y, X met ..."), or the person a pronoun stands for.
/// </summary>
internal sealed partial class TravelEvents(ArticleDocument document, Lexicon lexicon, int?[] speakers)
{
    private const int PlaceReach = 40;

    public List<TravelEvent> Find(CancellationToken cancellationToken)
    {
        var events = new List<TravelEvent>();
        foreach (var sentence in document.Sentences.Where(s => !s.IsCredit))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = document.TextOf(sentence);
            foreach (var cue in document.Matches.Of(lexicon.Travel.Travel, text))
            {
                var start = sentence.Start + cue.Index;
                var end = start + cue.Length;
                events.Add(Read(sentence, start, end, cue.Value));
            }

            events.AddRange(CountryVisits(sentence, text));
        }

        return events;
    }

    private TravelEvent Read(Sentence sentence, int start, int end, string cue)
    {
        var places = PlacesAfter(sentence, end);
        var destination = places.FirstOrDefault()?.Country ?? Here(sentence, end);
        if (CalledOff(sentence, start, end))
        {
            return new TravelEvent(sentence.Index, start, end, Subject(sentence, start, end, destination), destination, CalledOff: true)
            {
                CalledOffCountries = places.Select(p => p.Country).Distinct().ToList(),
            };
        }

        // "received visiting Foreign Minister X": the adjective names the traveller right after it.
        if (cue.Equals("visiting", StringComparison.OrdinalIgnoreCase)
            && document.MentionsIn(sentence.Index).FirstOrDefault(m => IsOfficial(m.Person) && m.PhraseStart >= end && m.PhraseStart - end <= 1) is { } visitor)
        {
            return new TravelEvent(sentence.Index, start, end, visitor.Person, null, CalledOff: false, Visiting: true);
        }

        var subject = Subject(sentence, start, end, destination);
        var visiting = subject is not null && RelativeClause().IsMatch(document.Text.AsSpan(sentence.Start, start - sentence.Start));
        return new TravelEvent(sentence.Index, start, end, subject, destination, CalledOff: false, Visiting: visiting && destination is null);
    }

    /// <summary>"her China visit", "the PM's India trip": a country right before the word visit or trip leads there.</summary>
    private IEnumerable<TravelEvent> CountryVisits(Sentence sentence, string text)
    {
        foreach (var place in document.PlacesIn(sentence.Index).Where(p => p.Kind == PlaceKind.Country))
        {
            var after = place.Start + place.Length - sentence.Start;
            if (after < text.Length && CountryThenVisit().Match(text, after) is { Success: true } visit && visit.Index == after
                && place.Start - sentence.Start >= 4 && Determiner().IsMatch(text.AsSpan(0, place.Start - sentence.Start)))
            {
                var start = place.Start;
                var end = sentence.Start + visit.Index + visit.Length;
                var subject = Subject(sentence, start, end, place.Country);
                yield return new TravelEvent(sentence.Index, start, end, subject, place.Country, CalledOff(sentence, start, end));
            }
        }
    }

    [GeneratedRegex(@"^\s+(?:visit|trip|tour|leg)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountryThenVisit();

    [GeneratedRegex(@"\b(?:his|her|their|its|the|a|an|[\w.]+'s)\s+(?:(?:first|second|third|official|state|working|maiden|recent|upcoming|planned|latest|short|brief|two-day|three-day|four-day|five-day)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Determiner();

    /// <summary>The places a travel phrase leads to: the first within reach after it, and any listed with it ("A, B and C").</summary>
    private List<PlaceMention> PlacesAfter(Sentence sentence, int end)
    {
        var result = new List<PlaceMention>();
        var reach = end + PlaceReach;
        foreach (var place in document.PlacesIn(sentence.Index).Where(p => p.Start >= end).OrderBy(p => p.Start))
        {
            if (place.Start > reach)
            {
                break;
            }

            result.Add(place);
            reach = place.Start + place.Length + 12;
        }

        return result;
    }

    /// <summary>"held talks here", "arrived in this city": the dateline's city is where the phrase leads.</summary>
    private string? Here(Sentence sentence, int end)
    {
        var after = document.Text.AsSpan(end, Math.Min(24, sentence.End - end));
        return HereAfter().IsMatch(after) ? document.DatelinePlaces.FirstOrDefault()?.Country : null;
    }

    [GeneratedRegex(@"^\s*(?:here|(?:in\s+)?this\s+(?:[\w-]+\s+)?(?:city|capital|country))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HereAfter();

    /// <summary>", who is on a state visit to": the relative clause's subject is the name right before it.</summary>
    [GeneratedRegex(@",\s*who\s+(?:is|was|has been|had been|will be|arrived|landed)\b[^,;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeClause();

    private int? Subject(Sentence sentence, int start, int end, string? destination)
    {
        var mentions = document.MentionsIn(sentence.Index).Where(m => IsOfficial(m.Person)).ToList();

        // "the visit by X to Y", "the visit of X": the name right after the preposition.
        var after = document.Text.AsSpan(end, Math.Min(12, sentence.End - end));
        if (ByOrOf().Match(after.ToString()) is { Success: true } by
            && mentions.FirstOrDefault(m => m.PhraseStart >= end && m.PhraseStart - (end + by.Length) <= 1) is { } named)
        {
            return named.Person;
        }

        // "X met Y, who is on a visit to": the name right before the relative clause; else the last name before the
        // phrase that can travel there (nobody visits their own country).
        var before = mentions.Where(m => m.PhraseEnd <= start && ClauseOpen(m.PhraseEnd, start)).ToList();
        if (before.LastOrDefault(m => destination is null || Home(m.Person) != destination) is { } subject)
        {
            return subject.Person;
        }

        // "During his visit to Y, X met ...", "As part of the working visit to Y, X ...": the subject after the comma.
        if (mentions.Count > 0 && FrontedPhrase().IsMatch(document.Text.AsSpan(sentence.Start, start - sentence.Start)))
        {
            var comma = document.Text.IndexOf(',', end, sentence.End - end);
            if (comma > 0 && mentions.FirstOrDefault(m => m.PhraseStart > comma && m.PhraseStart - comma <= 4) is { } main)
            {
                return main.Person;
            }
        }

        return Pronouns.Referent(document, speakers, sentence, start);
    }

    /// <summary>No sentence-level break (a quote's speaker, a new clause) stands between the name and the phrase.</summary>
    private bool ClauseOpen(int from, int to) => to - from <= 160 && !ClauseBreak().IsMatch(document.Text.AsSpan(from, to - from));

    [GeneratedRegex(@"[;:""]|\b(?:said|says|told|tells|according to|while|whereas)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^\s*(?:by|of)\s+(?:the\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex ByOrOf();

    [GeneratedRegex(@"(?:^|[)\]:-]\s*)(?:(?:As|as) part of|During|during|On|on|In|in|Ahead of|ahead of|After|For|for)\s+(?:(?:his|her|their|the|a|an|this|its)\s+)?(?:[\w-]+\s+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex FrontedPhrase();

    /// <summary>
    /// A cancellation just before the travel phrase ("postponed his trip to") or after it with no other event between
    /// ("the visit to Y, set for May, was called off"; not "arrived in Y, but a meeting with Z was called off").
    /// </summary>
    private bool CalledOff(Sentence sentence, int start, int end)
    {
        var from = Math.Max(sentence.Start, start - 30);
        var to = Math.Min(sentence.End, end + 80);
        foreach (Match cancel in lexicon.Travel.TripCancelled.Matches(document.Text[from..to]))
        {
            var at = from + cancel.Index;
            if (at < start || !OtherEvent().IsMatch(document.Text.AsSpan(end, at - end)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:meetings?|talks|summit|session|dinner|call|ceremony|event|signing|but|while|although)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OtherEvent();

    private bool IsOfficial(int person) => document.People[person].IsOfficial;

    private string? Home(int person) => document.People[person].Country;
}

using System.Text.RegularExpressions;
using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// Which places a sentence says someone went to: a city after a place word ("in", "arrived in", "the city of"), and
/// the countries a travel phrase leads to ("flew to Ghana", "a tour of Jordan, Egypt and Qatar").
/// </summary>
internal static partial class VisitedPlaces
{
    /// <summary>
    /// The countries (other than <paramref name="home"/>) a sentence places the traveller in; <c>Led</c> when a travel
    /// phrase leads there, not only a place word ("the consensus reached in Bali" names a place, it takes no one there).
    /// </summary>
    public static List<(string Country, bool Led)> Countries(ArticleDocument document, Lexicon lexicon, int sentence, string? home)
    {
        var places = document.PlacesIn(sentence).Where(p => p.Country != home).OrderBy(p => p.Start).ToList();
        if (places.Count == 0)
        {
            return [];
        }

        var text = document.Text;
        var start = document.Sentences[sentence].Start;
        var cues = document.Matches.Of(lexicon.Travel.Travel, document.TextOf(document.Sentences[sentence])).Select(m => start + m.Index + m.Length).ToList();
        var named = document.PlacesIn(sentence).OrderBy(p => p.Start).ToList();
        var result = new List<(string Country, bool Led)>();
        PlaceMention? previous = null;
        foreach (var place in places)
        {
            var led = Leads(cues, named, place);
            var chained = previous is not null && previous.Start + previous.Length <= place.Start
                && ListJoint().IsMatch(text.AsSpan(previous.Start + previous.Length, place.Start - previous.Start - previous.Length));
            var city = place.Kind == PlaceKind.City && !IsMetonym(document, place) && PresenceWordBefore().IsMatch(text.AsSpan(Math.Max(start, place.Start - 40), place.Start - Math.Max(start, place.Start - 40)));
            if (led || chained || city)
            {
                previous = place;
                var known = result.FindIndex(r => r.Country == place.Country);
                if (known < 0)
                {
                    result.Add((place.Country, led || chained));
                }
                else if (led || chained)
                {
                    result[known] = (place.Country, true);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// A sentence that takes the traveller through several countries one after another, each by a phrase of its own
    /// ("will travel to Banjul on Wednesday ... before ending the tour in Dakar, where ... on Thursday"), with the day
    /// each stop's part of the sentence gives (null when it gives none); empty for one country, a list that sums a tour
    /// up ("a tour of A, B and C"), a stop no phrase reaches, or no day at all.
    /// </summary>
    public static List<(string Country, DateOnly? Day)> Route(ArticleDocument document, Lexicon lexicon, int sentence, string? home)
    {
        var text = document.Text;
        var start = document.Sentences[sentence].Start;
        var end = document.Sentences[sentence].End;
        var sentenceText = document.TextOf(document.Sentences[sentence]);
        // "is no longer scheduled to travel to X", "postponed the Y leg": a route it calls off is no route.
        if (lexicon.Travel.TripCancelled.IsMatch(sentenceText) || NoLonger().IsMatch(sentenceText))
        {
            return [];
        }

        var cues = document.Matches.Of(lexicon.Travel.Travel, sentenceText).Select(m => start + m.Index + m.Length).ToList();
        var homeward = lexicon.Travel.ReturnHome.Matches(sentenceText).Select(m => start + m.Index + m.Length).ToList();
        var stops = new List<PlaceMention>();
        var named = document.PlacesIn(sentence).OrderBy(p => p.Start).ToList();
        foreach (var place in named.Where(p => p.Country != home))
        {
            // "before I return to Washington", "flew in from Beijing": home and the last stop are no stops of the route.
            if (homeward.Any(c => place.Start >= c && place.Start - c < 20) || FromBefore().IsMatch(text.AsSpan(Math.Max(start, place.Start - 12), place.Start - Math.Max(start, place.Start - 12))))
            {
                continue;
            }

            if (stops.Count > 0 && stops[^1].Country == place.Country)
            {
                continue;
            }

            var led = Leads(cues, named, place);
            var there = place.Kind == PlaceKind.City && !IsMetonym(document, place) && PutsThere(document, place);
            var listed = stops.Count > 0 && ListJoint().IsMatch(text.AsSpan(stops[^1].Start + stops[^1].Length, place.Start - stops[^1].Start - stops[^1].Length));
            if (listed || !(led || there) || stops.Any(s => s.Country == place.Country))
            {
                return [];
            }

            stops.Add(place);
        }

        if (stops.Count < 2)
        {
            return [];
        }

        // A stop is on the day its part of the sentence gives; one without ("in Cairo on Thursday, at the start of a
        // visit that will also take him to Ethiopia") is only named, and another sentence must tell of it.
        var days = document.DatesIn(sentence).Where(d => d.IsDay).ToList();
        var route = stops.Select((stop, i) =>
        {
            var until = i + 1 < stops.Count ? stops[i + 1].Start : end;
            return (stop.Country, days.FirstOrDefault(d => d.Start >= stop.Start && d.Start < until)?.From);
        }).ToList();
        return route.Any(r => r.From is not null) ? route : [];
    }

    /// <summary>
    /// Whether a travel phrase (ending at one of <paramref name="cueEnds"/>) leads to the place: the first place named
    /// after it, close by ("the first visit to China by a U.S. adviser" leads to China only).
    /// </summary>
    public static bool Leads(IReadOnlyList<int> cueEnds, IReadOnlyList<PlaceMention> named, PlaceMention place) =>
        cueEnds.Any(c => place.Start >= c && place.Start - c < 40 && !named.Any(o => o.Start >= c && o.Start < place.Start));

    [GeneratedRegex(@"\bno longer\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NoLonger();

    [GeneratedRegex(@"\bfrom\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FromBefore();

    /// <summary>"in Guangdong", "travel to North Carolina": a place word that puts someone there ("Jalisco Governor" does not).</summary>
    public static bool PutsThere(ArticleDocument document, PlaceMention place)
    {
        var from = Math.Max(document.Sentences[place.Sentence].Start, place.Start - 40);
        return PresenceWordBefore().IsMatch(document.Text.AsSpan(from, place.Start - from));
    }

    /// <summary>
    /// A capital standing for its government ("press Beijing on market access", "Beijing's ties with Moscow",
    /// "Washington and Seoul have accused") is no place visited: a visited city follows a place word ("in", "to",
    /// "arrived in", "the city of") or leads a "where" clause.
    /// </summary>
    public static bool IsMetonym(ArticleDocument document, PlaceMention place)
    {
        var text = document.Text;
        var end = place.Start + place.Length;
        var lineStart = Math.Max(document.Sentences[place.Sentence].Start, place.Start - 40);
        var before = text[lineStart..place.Start];
        if (PlaceWordBefore().IsMatch(before) || PlaceWordAfter().IsMatch(text.AsSpan(end, Math.Min(20, text.Length - end))))
        {
            return false;
        }

        var possessive = text.AsSpan(place.Start, place.Length).EndsWith("'s", StringComparison.Ordinal)
            || (end + 1 < text.Length && text[end] == '\'' && text[end + 1] == 's');
        return possessive || GovernmentVerbAfter().IsMatch(text.AsSpan(end, Math.Min(40, text.Length - end))) || VerbBefore().IsMatch(before);
    }

    [GeneratedRegex(@"\b(?:in|to|into|at|from|via|toward|towards|near|outside|around|across|of|visit(?:ed|ing|s)?|tour(?:ed|ing|s)?|reach(?:ed|es)?|left|leave|leaving|leaves)\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlaceWordBefore();

    /// <summary>Words before a city that put someone there, not merely name it ("from", "of", "left" do not).</summary>
    [GeneratedRegex(@"\b(?:in|to|into|at|visit(?:ed|ing|s)?|tour(?:ed|ing|s)?|reach(?:ed|es)?)\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PresenceWordBefore();

    // "Malaysia, Vietnam and the Philippines": a country's name may take "the" inside a list.
    [GeneratedRegex(@"^(?:\s*,\s*(?:and\s+|then\s+)?|\s+and\s+(?:then\s+)?(?:to\s+)?|\s+then\s+(?:to\s+)?)(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ListJoint();

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:where|on\s+\w+day|for\s+talks)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlaceWordAfter();

    [GeneratedRegex(@"^\s*(?:and\s+[A-Z][\w'-]+\s+)?(?:has|have|had|is|are|was|were|will|would|says|said|accused|accuses|wants|insists|denies|denied|warned|urged|rejected)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GovernmentVerbAfter();

    [GeneratedRegex(@"\b(?:press(?:ed|es|ing)?|urge[ds]?|urging|warn(?:ed|s|ing)?|accuse[ds]?|accusing|criticize[ds]?|criticise[ds]?|push(?:ed|es)?|call(?:ed|s)? on|tell|told|ask(?:ed|s)?|convince[ds]?|persuade[ds]?)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VerbBefore();
}

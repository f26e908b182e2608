using System.Text.RegularExpressions;
using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// Finds the trip the article reports: the traveller (the official whom travel phrases and meetings point at), the
/// host country (where the travel phrases lead, never the traveller's own country), the sentences about this trip
/// (other trips mentioned in passing, with dates far from this one, are left out), the cities in trip order and the
/// first and last day (see <see cref="TripDates"/>).
/// </summary>
internal sealed partial class TripFinder(Lexicon lexicon) : IArticleStage
{
    public DocumentPart Reads => DocumentPart.Text | DocumentPart.Sentences | DocumentPart.Datelines | DocumentPart.Published | DocumentPart.Dates | DocumentPart.People | DocumentPart.Places | DocumentPart.Meetings;

    public DocumentPart Assigns => DocumentPart.Trip;

    [GeneratedRegex(@"\b[Vv]isiting\s", RegexOptions.CultureInvariant)]
    private static partial Regex Visiting();

    [GeneratedRegex(@"\bhere\b", RegexOptions.CultureInvariant)]
    private static partial Regex Here();

    [GeneratedRegex(@"^(?:He|She|His|Her)\b|^[^,]{0,40},\s*(?:he|she)\b|^(?:On|In|Later|Then|There|After)\b[\w ]{0,30}\b(?:he|she)\s", RegexOptions.CultureInvariant)]
    private static partial Regex PronounStart();

    public ArticleDocument Run(ArticleDocument document, CancellationToken cancellationToken)
    {
        var officials = document.People.Where(p => p.IsOfficial).ToDictionary(p => p.Id);
        var speakers = Pronouns.Speakers(document);
        var travel = document.Sentences.Where(s => !s.IsCredit)
            .SelectMany(s => lexicon.Travel.Travel.Matches(document.TextOf(s)).Select(m => (Sentence: s, Start: s.Start + m.Index, End: s.Start + m.Index + m.Length)))
            .ToList();
        var scores = new Dictionary<int, double>();
        var destinations = new List<(int Person, string Country)>();
        var calledOff = new HashSet<string>();
        var calledOffSentences = new HashSet<int>();
        foreach (var (sentence, start, end) in travel)
        {
            // "X postponed his trip to Y", "the visit to Y was called off": a trip that did not happen is no visit.
            if (CalledOff(document, sentence, start, end))
            {
                calledOffSentences.Add(sentence.Index);
                if (document.Places.FirstOrDefault(p => p.Sentence == sentence.Index && p.Start >= end && p.Start - end < 40) is { } target)
                {
                    calledOff.Add(target.Country);
                }

                continue;
            }

            // "received visiting Foreign Minister X": an adjective naming the traveller, not a verb of the person before it.
            if (document.Mentions.Any(m => m.Sentence == sentence.Index && officials.ContainsKey(m.Person) && m.PhraseStart <= end + 1 && m.NameStart >= start
                && document.Text.AsSpan(start, end - start).Equals("visiting", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            // "X was met at the airport by Y ... at the start of a visit to Y's country": nobody visits their own country.
            var place = document.Places.FirstOrDefault(p => p.Sentence == sentence.Index && p.Start >= end && p.Start - end < 40);
            var named = document.Mentions.LastOrDefault(m => m.Sentence == sentence.Index && m.PhraseEnd <= start && officials.ContainsKey(m.Person)
                && (place is null || officials[m.Person].Country != place.Country));
            if ((named?.Person ?? Pronouns.Referent(document, speakers, sentence, start)) is not { } traveller
                || (place is not null && officials.TryGetValue(traveller, out var official) && official.Country == place.Country))
            {
                continue;
            }

            scores[traveller] = scores.GetValueOrDefault(traveller) + 3;
            if (place is not null)
            {
                destinations.Add((traveller, place.Country));
            }
        }

        foreach (var meeting in document.Meetings.Where(m => !m.Loose))
        {
            foreach (var person in meeting.Counterparts)
            {
                scores[person] = scores.GetValueOrDefault(person) + 1;
            }

            if (meeting.Subject is { } subject)
            {
                scores[subject] = scores.GetValueOrDefault(subject) + 1.5;
            }
        }

        foreach (var mention in document.Mentions.Where(m => officials.ContainsKey(m.Person)))
        {
            // "received visiting Foreign Minister X": the host's own press names the traveller so.
            var from = Math.Max(0, mention.PhraseStart - 12);
            var visiting = Visiting().IsMatch(document.Text.AsSpan(from, Math.Max(0, mention.NameStart - from)));
            scores[mention.Person] = scores.GetValueOrDefault(mention.Person) + (visiting ? 3 : 0.05);
        }

        // The traveller is the best-scored official who can be placed abroad.
        foreach (var candidate in scores.Where(s => s.Value >= 1).OrderByDescending(s => s.Value).Take(3).Select(s => s.Key))
        {
            var home = officials[candidate].Country ?? ReturnsTo(document, candidate);
            if (HostCountry(document, candidate, home, destinations, calledOff) is { } host)
            {
                var others = new HashSet<int>(calledOffSentences);
                var sentences = TripSentences(document, speakers, candidate, others);
                sentences.ExceptWith(calledOffSentences);
                var trip = Find(document, candidate, host, travel, sentences) with { TravelerHome = home, OtherTripSentences = others };
                var legs = new TourLegs(document, lexicon, trip, (country, sentences) => Find(document, candidate, country, travel, sentences)).Find();
                return document with { Trip = trip with { Legs = legs } };
            }
        }

        return document;
    }

    private TripFinding Find(ArticleDocument document, int travelerId, string host, List<(Sentence Sentence, int Start, int End)> travel, HashSet<int> tripSentences)
    {
        var dates = new TripDates(document, lexicon, travelerId, tripSentences, host).Find();
        var cities = Cities(document, tripSentences, host);
        var evidence = travel.Where(t => tripSentences.Contains(t.Sentence.Index)
                && document.Mentions.Any(m => m.Sentence == t.Sentence.Index && m.Person == travelerId))
            .Select(t => t.Sentence.Index).Concat(dates.Evidence).Distinct().Order().Take(4).ToList();
        return new TripFinding(travelerId, host, cities, dates.Start, dates.End, evidence, tripSentences);
    }

    /// <summary>"returned to Hanoi on Sunday": where a traveller the article gives no nationality goes back to is home.</summary>
    private string? ReturnsTo(ArticleDocument document, int traveler)
    {
        foreach (var sentence in document.Mentions.Where(m => m.Person == traveler).Select(m => m.Sentence).Distinct())
        {
            var start = document.Sentences[sentence].Start;
            foreach (Match cue in lexicon.Travel.ReturnHome.Matches(document.TextOf(document.Sentences[sentence])))
            {
                var end = start + cue.Index + cue.Length;
                if (document.Places.FirstOrDefault(p => p.Sentence == sentence && p.Start >= end && p.Start - end < 3) is { } place)
                {
                    return place.Country;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A cancellation just before the travel phrase ("postponed his trip to") or after it with no other event between
    /// ("the visit to Y, set for May, was called off"; not "arrived in Y, but a meeting with Z was called off").
    /// </summary>
    private bool CalledOff(ArticleDocument document, Sentence sentence, int start, int end)
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

    private static string? HostCountry(ArticleDocument document, int traveler, string? home, List<(int Person, string Country)> destinations, HashSet<string> calledOff)
    {
        var votes = destinations.Where(d => d.Person == traveler && d.Country != home).Select(d => d.Country).ToList();
        if (votes.Count == 0)
        {
            var sentences = document.Mentions.Where(m => m.Person == traveler).Select(m => m.Sentence).ToHashSet();
            votes = document.Places.Where(p => sentences.Contains(p.Sentence) && p.Country != home).Select(p => p.Country).ToList();
        }

        if (votes.Count == 0)
        {
            var people = document.People.ToDictionary(p => p.Id);
            votes = document.Meetings.SelectMany(m => m.Counterparts).Select(c => people[c].Country)
                .OfType<string>().Where(c => c != home).ToList();
        }

        return votes.Where(v => !calledOff.Contains(v)).GroupBy(v => v).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
    }

    /// <summary>Sentences about the traveller on this trip: naming them, or going on about them with "He"/"She" ("On
    /// Thursday he flew ...").</summary>
    private HashSet<int> TripSentences(ArticleDocument document, int?[] speakers, int traveler, HashSet<int> otherTrips)
    {
        var result = new HashSet<int>();
        var previousAboutTraveler = false;
        foreach (var sentence in document.Sentences.Where(s => !s.IsCredit))
        {
            var text = document.TextOf(sentence);
            var names = document.Mentions.Any(m => m.Sentence == sentence.Index && m.Person == traveler)
                || (PronounStart().IsMatch(text) && previousAboutTraveler)
                || (speakers[sentence.Index] == traveler && Pronouns.FirstPerson().IsMatch(text));
            // "Officials said the two men spoke ...": a sentence naming nobody does not break the thread about the traveller.
            previousAboutTraveler = names || (previousAboutTraveler && !document.Mentions.Any(m => m.Sentence == sentence.Index));
            if (!names)
            {
                continue;
            }

            // "his first trip last June", "when he visited in 2019": another trip, unless the sentence also dates this one.
            var otherTrip = lexicon.Travel.OtherTrip.IsMatch(text)
                && !document.Dates.Any(d => d.Sentence == sentence.Index && NearPublication(document, d) && document.Published is not null);
            if (!otherTrip)
            {
                result.Add(sentence.Index);
            }
            else if (lexicon.Travel.Travel.IsMatch(text) || CameBack().IsMatch(text))
            {
                // Only a sentence that tells of travel is about another trip ("ahead of next year's review" is not).
                otherTrips.Add(sentence.Index);
            }
        }

        return result;
    }

    [GeneratedRegex(@"\b(?:returned|returns|came back|went back)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CameBack();

    internal static bool NearPublication(ArticleDocument document, DateMention date) =>
        document.Published is not { } p || (date.To.DayNumber >= p.DayNumber - 12 && date.From.DayNumber <= p.DayNumber + 12);

    private List<string> Cities(ArticleDocument document, HashSet<int> tripSentences, string host)
    {
        // "arrived in Singapore": a country that is its own city is a city visited.
        bool CityState(PlaceMention place) => place.Kind == PlaceKind.Country && lexicon.CityNames.Contains(place.Name);

        // "held talks here": the dateline city is where the trip sentence happened.
        var here = document.DatelinePlaces.Where(p => p.Kind == PlaceKind.City && p.Country == host)
            .SelectMany(p => tripSentences.Where(s => Here().IsMatch(document.TextOf(document.Sentences[s]))).Select(s => p with { Sentence = s }));
        var cities = document.Places.Concat(here)
            .Where(p => (p.Kind == PlaceKind.City || CityState(p)) && p.Country == host && tripSentences.Contains(p.Sentence) && !VisitedPlaces.IsMetonym(document, p)
                && (!p.Region || VisitedPlaces.PutsThere(document, p)))
            // "arrived in Beijing on Friday after a stop in Shanghai on Wednesday": each city takes the day named nearest it.
            .Select(p => (p.Name, p.Start, Date: document.Dates.Where(d => d.Sentence == p.Sentence && d.Kind is DateKind.Day or DateKind.Range && NearPublication(document, d))
                .OrderBy(d => Math.Abs(d.Start - p.Start)).Select(d => (DateOnly?)d.From).FirstOrDefault()))
            .GroupBy(p => p.Name)
            .Select(g => (Name: g.Key, Date: g.Min(x => x.Date) ?? DateOnly.MaxValue, First: g.Min(x => x.Start)))
            .OrderBy(c => c.Date).ThenBy(c => c.First)
            .Select(c => c.Name)
            .ToList();

        // No city named in the trip's sentences: the dateline's, where the reporter travelling along filed from.
        return cities.Count > 0 || tripSentences.Count == 0
            ? cities
            : document.DatelinePlaces.Where(p => p.Kind == PlaceKind.City && p.Country == host).Select(p => p.Name).Take(1).ToList();
    }
}

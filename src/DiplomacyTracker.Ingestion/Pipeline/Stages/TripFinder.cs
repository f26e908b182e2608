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

    [GeneratedRegex(@"\bhere\b", RegexOptions.CultureInvariant)]
    private static partial Regex Here();

    [GeneratedRegex(@"^(?:He|She|His|Her)\b|^[^,]{0,40},\s*(?:he|she)\b|^(?:On|In|Later|Then|There|After)\b[\w ]{0,30}\b(?:he|she)\s|^(?:A|An|The|One|Two|Three)\s+(?:day|days|week|morning|evening)\s+(?:later|after|before|earlier)\s+(?:he|she)\s|^(?:The\s+)?(?:next|following|same)\s+(?:day|morning|evening)\s+(?:he|she)\s", RegexOptions.CultureInvariant)]
    private static partial Regex PronounStart();

    public ArticleDocument Run(ArticleDocument document, CancellationToken cancellationToken)
    {
        var speakers = Pronouns.Speakers(document);
        var events = new TravelEvents(document, lexicon, speakers).Find(cancellationToken);
        var travel = events.Where(e => !e.CalledOff).Select(e => (Sentence: document.Sentences[e.Sentence], e.Start, e.End)).ToList();
        var calledOffSentences = events.Where(e => e.CalledOff).Select(e => e.Sentence).ToHashSet();

        // The traveller is the official the article places abroad (see TravelerChoice).
        var outletHome = new Lazy<string?>(() => lexicon.Outlets.CountryOf(lexicon.Outlets.Find(document.Text).Outlet));
        foreach (var (candidate, host) in new TravelerChoice(document, events).Candidates().Take(3))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A national outlet names its own officials by title alone ("Foreign Minister X has arrived in Suva"); a
            // visitor to its own country it names with their nationality, so it says nothing of where they are from.
            // An official of a body of many states ("UN Secretary-General X") has no home country to come from.
            var home = document.People[candidate].International ? null
                : document.People[candidate].Country ?? ReturnsTo(document, candidate) ?? (outletHome.Value != host ? outletHome.Value : null);
            if (host == home)
            {
                continue;
            }

            var others = new HashSet<int>(calledOffSentences);
            var sentences = TripSentences(document, speakers, candidate, others);
            sentences.ExceptWith(calledOffSentences);
            if (sentences.Count == 0)
            {
                // Every sentence about them tells of another trip ("when X visited Hanoi last September"): that one is
                // a past trip, not the article's.
                continue;
            }

            var trip = Find(document, candidate, host, travel, sentences) with { TravelerHome = home, OtherTripSentences = others };
            var legs = new TourLegs(document, lexicon, trip, (country, sentences) => Find(document, candidate, country, travel, sentences)).Find();
            return document with { Trip = trip with { Legs = legs } };
        }

        return document;
    }

    private TripFinding Find(ArticleDocument document, int travelerId, string host, List<(Sentence Sentence, int Start, int End)> travel, HashSet<int> tripSentences)
    {
        var dates = new TripDates(document, lexicon, travelerId, tripSentences, host).Find();
        var cities = Cities(document, tripSentences, host);
        var evidence = travel.Where(t => tripSentences.Contains(t.Sentence.Index)
                && document.MentionsIn(t.Sentence.Index).Any(m => m.Person == travelerId))
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
                if (document.PlacesIn(sentence).FirstOrDefault(p => p.Start >= end && p.Start - end < 3) is { } place)
                {
                    return place.Country;
                }
            }
        }

        return null;
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
            var names = document.MentionsIn(sentence.Index).Any(m => m.Person == traveler)
                || (PronounStart().IsMatch(text) && previousAboutTraveler)
                || (speakers[sentence.Index] == traveler && Pronouns.FirstPerson().IsMatch(text));
            // "Officials said the two men spoke ...": a sentence naming nobody does not break the thread about the traveller.
            previousAboutTraveler = names || (previousAboutTraveler && !document.MentionsIn(sentence.Index).Any());
            if (!names)
            {
                continue;
            }

            // "his first trip last June", "when he visited in 2019": another trip, unless the sentence also dates this one.
            var otherTrip = lexicon.Travel.OtherTrip.IsMatch(text)
                && !document.DatesIn(sentence.Index).Any(d => NearPublication(document, d) && document.Published is not null);
            if (!otherTrip)
            {
                result.Add(sentence.Index);
            }
            else if (document.Matches.Of(lexicon.Travel.Travel, text).Count > 0 || CameBack().IsMatch(text))
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
            .Select(p => (p.Name, p.Start, Date: document.DatesIn(p.Sentence).Where(d => d.Kind is DateKind.Day or DateKind.Range && NearPublication(document, d))
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

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
    [GeneratedRegex(@"\bhere\b", RegexOptions.CultureInvariant)]
    private static partial Regex Here();

    [GeneratedRegex(@"^(?:He|She|His|Her)\b|^[^,]{0,40},\s*(?:he|she)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PronounStart();

    public ArticleDocument Run(ArticleDocument document, CancellationToken cancellationToken)
    {
        var officials = document.People.Where(p => p.IsOfficial).ToDictionary(p => p.Id);
        var travel = document.Sentences.Where(s => !s.IsCredit)
            .SelectMany(s => lexicon.Travel.Travel.Matches(document.TextOf(s)).Select(m => (Sentence: s, Start: s.Start + m.Index, End: s.Start + m.Index + m.Length)))
            .ToList();
        var scores = new Dictionary<int, double>();
        var destinations = new List<(int Person, string Country)>();
        foreach (var (sentence, start, end) in travel)
        {
            var traveller = document.Mentions.LastOrDefault(m => m.Sentence == sentence.Index && m.PhraseEnd <= start && officials.ContainsKey(m.Person));
            if (traveller is null)
            {
                continue;
            }

            scores[traveller.Person] = scores.GetValueOrDefault(traveller.Person) + 3;
            if (document.Places.FirstOrDefault(p => p.Sentence == sentence.Index && p.Start >= end && p.Start - end < 40) is { } place)
            {
                destinations.Add((traveller.Person, place.Country));
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
            scores[mention.Person] = scores.GetValueOrDefault(mention.Person) + 0.05;
        }

        // The traveller is the best-scored official who can be placed abroad.
        foreach (var candidate in scores.Where(s => s.Value >= 1).OrderByDescending(s => s.Value).Take(3).Select(s => s.Key))
        {
            var home = officials[candidate].Country;
            if (HostCountry(document, candidate, home, destinations) is { } host)
            {
                return document with { Trip = Find(document, candidate, host, travel) };
            }
        }

        return document;
    }

    private TripFinding Find(ArticleDocument document, int travelerId, string host, List<(Sentence Sentence, int Start, int End)> travel)
    {
        var tripSentences = TripSentences(document, travelerId, host);
        var dates = new TripDates(document, lexicon, travelerId, tripSentences, host).Find();
        var cities = Cities(document, tripSentences, host);
        var evidence = travel.Where(t => tripSentences.Contains(t.Sentence.Index)
                && document.Mentions.Any(m => m.Sentence == t.Sentence.Index && m.Person == travelerId))
            .Select(t => t.Sentence.Index).Concat(dates.Evidence).Distinct().Order().Take(4).ToList();
        return new TripFinding(travelerId, host, cities, dates.Start, dates.End, evidence, tripSentences);
    }

    private static string? HostCountry(ArticleDocument document, int traveler, string? home, List<(int Person, string Country)> destinations)
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

        return votes.GroupBy(v => v).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
    }

    /// <summary>Sentences about the traveller on this trip: naming them (or starting "He"/"She" right after them).</summary>
    private HashSet<int> TripSentences(ArticleDocument document, int traveler, string host)
    {
        var result = new HashSet<int>();
        var previousAboutTraveler = false;
        foreach (var sentence in document.Sentences.Where(s => !s.IsCredit))
        {
            var text = document.TextOf(sentence);
            var names = document.Mentions.Any(m => m.Sentence == sentence.Index && m.Person == traveler)
                || (PronounStart().IsMatch(text) && previousAboutTraveler);
            previousAboutTraveler = names;
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
        }

        return result;
    }

    internal static bool NearPublication(ArticleDocument document, DateMention date) =>
        document.Published is not { } p || (date.To.DayNumber >= p.DayNumber - 12 && date.From.DayNumber <= p.DayNumber + 12);

    private static List<string> Cities(ArticleDocument document, HashSet<int> tripSentences, string host)
    {
        // "held talks here": the dateline city is where the trip sentence happened.
        var here = document.DatelinePlaces.Where(p => p.Kind == PlaceKind.City && p.Country == host)
            .SelectMany(p => tripSentences.Where(s => Here().IsMatch(document.TextOf(document.Sentences[s]))).Select(s => p with { Sentence = s }));
        return document.Places.Concat(here)
            .Where(p => p.Kind == PlaceKind.City && p.Country == host && tripSentences.Contains(p.Sentence))
            .Select(p => (p.Name, p.Start, Date: document.Dates.Where(d => d.Sentence == p.Sentence && d.Kind is DateKind.Day or DateKind.Range && NearPublication(document, d))
                .Select(d => (DateOnly?)d.From).Min()))
            .GroupBy(p => p.Name)
            .Select(g => (Name: g.Key, Date: g.Min(x => x.Date) ?? DateOnly.MaxValue, First: g.Min(x => x.Start)))
            .OrderBy(c => c.Date).ThenBy(c => c.First)
            .Select(c => c.Name)
            .ToList();
    }
}

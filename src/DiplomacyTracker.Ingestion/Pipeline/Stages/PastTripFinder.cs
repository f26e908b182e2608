using System.Text.RegularExpressions;
using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// Finds other trips the article mentions in passing ("his first trip to Japan last June", "when she visited Hanoi in
/// July 2023"): an official, a travel phrase leading abroad, and a past day or month (not a bare year) far from the
/// reported trip. They are kept apart from the reported trip; an undated one is left out, since nothing says which
/// trip it was.
/// </summary>
internal sealed partial class PastTripFinder(Lexicon lexicon) : IArticleStage
{
    public DocumentPart Reads => DocumentPart.Text | DocumentPart.Sentences | DocumentPart.Published | DocumentPart.Dates | DocumentPart.People | DocumentPart.Places | DocumentPart.Trip;

    public DocumentPart Assigns => DocumentPart.PastTrips;

    private const int LongestMonth = 31;

    public ArticleDocument Run(ArticleDocument document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var found = new List<PastTrip>();
        foreach (var sentence in document.Sentences.Where(s => !s.IsCredit && document.DatesIn(s.Index).Any()))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = document.TextOf(sentence);
            foreach (var cue in document.Matches.Of(lexicon.Travel.Travel, text))
            {
                var start = sentence.Start + cue.Index;
                var end = start + cue.Length;
                if (Trip(document, sentence, start, end) is not { } trip)
                {
                    continue;
                }

                // "her second trip to Korea since her first visit to Seoul in May": one trip, named twice.
                var same = found.FindIndex(f => f.Traveler == trip.Traveler && f.HostCountry == trip.HostCountry && f.Start == trip.Start);
                if (same < 0)
                {
                    found.Add(trip);
                }
                else
                {
                    found[same] = found[same] with { Cities = found[same].Cities.Union(trip.Cities).ToList() };
                }
            }
        }

        return found.Count == 0 ? document : document with { PastTrips = found };
    }

    private PastTrip? Trip(ArticleDocument document, Sentence sentence, int start, int end)
    {
        var place = document.PlacesIn(sentence.Index).FirstOrDefault(p => p.Start >= end && p.Start - end < 40);
        var named = document.MentionsIn(sentence.Index).LastOrDefault(m => m.PhraseEnd <= start && document.People[m.Person].IsOfficial);
        // "It was her second trip to X": a pronoun before the phrase stands for the traveller the article follows.
        int? traveler = named?.Person ?? (document.Trip is { } followed
            && Pronoun().IsMatch(document.Text.AsSpan(sentence.Start, start - sentence.Start)) ? followed.Traveler : null);
        if (place is null || traveler is not { } person || (document.People[person].Country ?? document.Trip?.TravelerHome) == place.Country)
        {
            return null;
        }

        // The date nearest the destination, far from the reported trip, a day or a month.
        // "X, who took office in March last year, arrived in Y": a date in a relative clause dates that clause.
        var date = document.DatesIn(sentence.Index).Where(d => d.Kind != DateKind.Week && (!d.Aside || d.Start > start)
                && d.To.DayNumber - d.From.DayNumber < LongestMonth && !TripFinder.NearPublication(document, d))
            .OrderBy(d => Math.Abs(d.Start - place.Start)).FirstOrDefault();
        // A trip still ahead ("will travel to X next week, her first trip there since January"), or called off, is no trip made.
        if (date is null || (document.Published is { } today && date.From > today) || ReportedTrip(document, person, place.Country, date)
            || lexicon.Travel.TripCancelled.IsMatch(document.TextOf(sentence))
            || lexicon.Meetings.Future.IsMatch(document.Text[sentence.Start..end]))
        {
            return null;
        }

        List<string> cities = place.Kind == PlaceKind.City ? [place.Name] : [];
        return new PastTrip(person, place.Country, cities, date.From, date.To, sentence.Index);
    }

    private static bool ReportedTrip(ArticleDocument document, int traveler, string country, DateMention date) =>
        document.Trip is { } trip && trip.Traveler == traveler && trip.Visits.Any(v => v.HostCountry == country
            && (v.Start is not { } s || v.End is not { } e || (date.From <= e.AddDays(3) && date.To >= s.AddDays(-3))));

    [GeneratedRegex(@"\b(?:he|she|his|her)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();
}

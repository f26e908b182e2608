using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// Splits a trip through several countries into legs, one per host country. A sentence about the trip that places
/// the traveller in exactly one country (a city visited, a country a travel phrase leads to) belongs to that
/// country's leg, and the sentences after it that name no place follow it; a sentence naming several countries (the
/// tour's summary) belongs to none. A country other than the trip's host needs a day, and a travel phrase or a summary
/// that takes the traveller there: "the consensus reached in Bali" names a place and takes no one there. Legs are ordered by their first day (narrative order
/// when undated); a leg ends the day the next one begins, the first begins no later than the tour and the last ends
/// with it.
/// </summary>
internal sealed class TourLegs(ArticleDocument document, Lexicon lexicon, TripFinding trip, Func<string, HashSet<int>, TripFinding> measure)
{
    public IReadOnlyList<TripLeg> Find()
    {
        var home = trip.TravelerHome;
        var sentencesOf = new Dictionary<string, HashSet<int>>();
        var reached = new HashSet<string>();
        // The stops a sentence names one after another, with the day each one's part of it gives.
        var routeDays = new Dictionary<string, DateOnly>();
        var routeSentences = new HashSet<int>();
        string? current = null;
        foreach (var index in trip.TripSentences.Order())
        {
            var countries = VisitedPlaces.Countries(document, lexicon, index, home);
            reached.UnionWith(countries.Where(c => c.Led || countries.Count > 1).Select(c => c.Country));
            if (countries.Count > 1)
            {
                // Only a stop the sentence dates belongs to it; the others it only names.
                var route = VisitedPlaces.Route(document, lexicon, index, home);
                foreach (var (country, day) in route.Where(r => r.Day is not null))
                {
                    (sentencesOf.TryGetValue(country, out var set) ? set : sentencesOf[country] = []).Add(index);
                    routeDays.TryAdd(country, day!.Value);
                    routeSentences.Add(index);
                }

                current = route.Count > 0 && route[^1].Day is not null ? route[^1].Country : null;
                continue;
            }

            current = countries.Count == 1 ? countries[0].Country : current;
            if (current is not null)
            {
                (sentencesOf.TryGetValue(current, out var set) ? set : sentencesOf[current] = []).Add(index);
            }
        }

        if (sentencesOf.Count < 2)
        {
            return [];
        }

        var legs = sentencesOf.Select(kv => (First: kv.Value.Min(), Leg: Anchored(RouteDay(measure(kv.Key, kv.Value), kv.Value, routeSentences, routeDays))))
            .Where(l => l.Leg.HostCountry == trip.HostCountry || (l.Leg.Start is not null && reached.Contains(l.Leg.HostCountry)))
            .OrderBy(l => l.Leg.Start ?? DateOnly.MaxValue).ThenBy(l => l.First)
            .Select(l => new TripLeg(l.Leg.HostCountry, l.Leg.Cities, l.Leg.Start, l.Leg.End, l.Leg.EvidenceSentences, l.Leg.TripSentences))
            .ToList();
        return legs.Count < 2 ? [] : Chain(legs);
    }

    // A stop only a route sentence tells of ("... before ending the tour in Dakar on Thursday") is on the day its part
    // of the sentence gives, not on every day the sentence names.
    private static TripFinding RouteDay(TripFinding leg, HashSet<int> sentences, HashSet<int> routeSentences, Dictionary<string, DateOnly> routeDays) =>
        sentences.IsSubsetOf(routeSentences) && routeDays.TryGetValue(leg.HostCountry, out var day) ? leg with { Start = day, End = day } : leg;

    // The leg in the trip's own host country, when its sentences carry no day of their own (the arrival may sit in a
    // sentence naming several countries), begins when the trip does; otherwise it would sort after every dated leg.
    private TripFinding Anchored(TripFinding leg) =>
        leg.HostCountry == trip.HostCountry && leg.Start is null && trip.Start is not null ? leg with { Start = trip.Start } : leg;

    private List<TripLeg> Chain(List<TripLeg> legs)
    {
        for (var i = 0; i < legs.Count; i++)
        {
            var leg = legs[i];
            var start = i == 0 && trip.Start is { } tourStart && (leg.Start is not { } s || tourStart < s) ? tourStart : leg.Start;
            var end = i + 1 < legs.Count
                ? legs[i + 1].Start is { } next && (start is not { } from || next >= from) ? next : leg.End
                : trip.End is { } tourEnd && (leg.End is not { } e || tourEnd > e) ? tourEnd : leg.End;
            legs[i] = leg with { Start = start, End = end };
        }

        return legs;
    }
}

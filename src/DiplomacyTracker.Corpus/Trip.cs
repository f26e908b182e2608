namespace DiplomacyTracker.Corpus;

/// <summary>What really happened, which the articles then report: a trip, its meetings and the issues raised.</summary>
internal sealed record Trip(int Id, Person Traveler, CountryData Host, IReadOnlyList<string> Cities, DateOnly Start, DateOnly End,
    IReadOnlyList<PlannedMeeting> Meetings, IReadOnlyList<IssuePhrases> Issues);

internal sealed record PlannedMeeting(Person Counterpart, DateOnly Date, string City);

/// <summary>
/// Lays trips out over the years, one after another: no traveller is on two trips at once, and two trips by the
/// same traveller to the same country are weeks apart, so every report of a trip can only be read as that trip.
/// </summary>
internal sealed class TripPlanner(World world, IReadOnlyList<Person> cast, Random random)
{
    private static readonly DateOnly FirstDay = new(2006, 1, 2);
    public const int Years = 20;

    private readonly ILookup<int, Person> _travelers = cast.Where(p => world.Titles.Traveler.Contains(p.Title)).ToLookup(p => p.Term);

    // By name: a minister in two cabinets is one person.
    private readonly Dictionary<string, DateOnly> _busyUntil = [];
    private readonly Dictionary<(string, string), DateOnly> _lastVisit = [];

    public static int TermOf(DateOnly day) => (day.DayNumber - FirstDay.DayNumber) / Cast.TermDays;

    public IEnumerable<Trip> Plan(int tripCount)
    {
        var span = Years * 365.0;
        for (var id = 1; id <= tripCount; id++)
        {
            var start = FirstDay.AddDays((int)(span * (id - 1) / tripCount));
            if (start is { Month: 12, Day: >= 26 })
            {
                // Trips stay inside one calendar year: a press release's "30 December" needs no year.
                start = new DateOnly(start.Year + 1, 1, 2);
            }

            if (Choose(start) is not { } choice)
            {
                continue;
            }

            var (traveler, host) = choice;
            var end = start.AddDays(random.Next(1, 4));
            _busyUntil[traveler.Name] = end.AddDays(2);
            _lastVisit[(traveler.Name, host.Name)] = end;

            var cities = host.Cities.Take(random.Next(1, Math.Min(2, host.Cities.Count) + 1)).ToList();
            var counterparts = cast.Where(p => p.Country == host && p.Term == TermOf(start) && !(_busyUntil.TryGetValue(p.Name, out var busy) && busy >= start)).OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
            var meetings = counterparts
                .Select(c => new PlannedMeeting(c, start.AddDays(random.Next(0, end.DayNumber - start.DayNumber + 1)), cities[random.Next(cities.Count)]))
                .OrderBy(m => m.Date).ToList();
            var issues = world.Phrases.Issues.OrderBy(_ => random.Next()).Take(2).ToList();
            yield return new Trip(id, traveler, host, cities, start, end, meetings, issues);
        }
    }

    private (Person, CountryData)? Choose(DateOnly start)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var travelers = _travelers[TermOf(start)].ToList();
            var traveler = travelers[random.Next(travelers.Count)];
            var host = world.Countries[random.Next(world.Countries.Count)];
            if (host == traveler.Country
                || (_busyUntil.TryGetValue(traveler.Name, out var busy) && busy >= start)
                || (_lastVisit.TryGetValue((traveler.Name, host.Name), out var last) && last.AddDays(30) >= start))
            {
                continue;
            }

            return (traveler, host);
        }

        return null;
    }
}

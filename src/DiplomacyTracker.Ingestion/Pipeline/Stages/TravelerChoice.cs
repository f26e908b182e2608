using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// Decides who is abroad. The traveller is the official the article places outside their own country: the subject of
/// a travel phrase that leads abroad, the guest of a host ("X received Y", "Y was welcomed by X"), a "visiting" official,
/// or one who meets people where they are at home. Officials met in their own country are hosts, whatever the grammar
/// makes the subject ("Xi held talks with Putin, who is on a state visit"). A trip inside the traveller's own country is
/// no visit, and neither is one that was called off.
/// </summary>
internal sealed class TravelerChoice(ArticleDocument document, IReadOnlyList<TravelEvent> events)
{
    private readonly Scenes _scenes = new(document);
    private readonly Dictionary<int, Standing> _standing = [];

    /// <summary>The officials who may be the traveller, the likeliest first, each with the country they visit.</summary>
    public IEnumerable<(int Traveler, string Host)> Candidates()
    {
        var calledOff = events.Where(e => e.CalledOff).SelectMany(e => e.CalledOffCountries.Append(e.Destination ?? "")).ToHashSet();
        foreach (var travel in events.Where(e => !e.CalledOff && e.Traveler is not null))
        {
            Read(travel);
        }

        foreach (var meeting in document.Meetings.Where(m => !m.Loose))
        {
            Read(meeting);
        }

        foreach (var (person, standing) in _standing.OrderByDescending(s => s.Value.Abroad - s.Value.AtHome).ThenByDescending(s => s.Value.Abroad))
        {
            if (standing.Abroad - standing.AtHome < 1)
            {
                yield break;
            }

            var home = Home(person);
            var votes = standing.Votes.Count > 0 ? standing.Votes : Fallback(person);
            var host = votes.Where(v => v != home && !calledOff.Contains(v))
                .GroupBy(v => v).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            if (host is not null)
            {
                yield return (person, host);
            }
        }
    }

    /// <summary>No phrase says where they went: the places named beside them, else the countries of the people they met.</summary>
    private List<string> Fallback(int person)
    {
        var sentences = document.Mentions.Where(m => m.Person == person).Select(m => m.Sentence).ToHashSet();
        var named = document.Places.Where(p => sentences.Contains(p.Sentence) && !VisitedPlaces.IsMetonym(document, p)).Select(p => p.Country).ToList();
        return named.Count > 0
            ? named
            : document.Meetings.Where(m => m.Subject == person || m.Counterparts.Contains(person))
                .SelectMany(m => m.Counterparts.Append(m.Subject ?? person)).Where(p => p != person).Select(Home).OfType<string>().ToList();
    }

    private void Read(TravelEvent travel)
    {
        var person = travel.Traveler!.Value;
        var standing = Of(person);
        var home = Home(person);
        var where = travel.Destination ?? (travel.Visiting ? _scenes.Of(travel.Sentence) ?? document.DatelinePlaces.FirstOrDefault()?.Country : null);
        if (where is null)
        {
            standing.Abroad += travel.Visiting ? 2 : 1;
            return;
        }

        if (where == home)
        {
            // A trip at home: no visit, and proof the person is at home there.
            standing.AtHome += 1;
            return;
        }

        standing.Abroad += 3;
        standing.Votes.Add(where);
    }

    private void Read(MeetingMention meeting)
    {
        var scene = _scenes.Of(meeting.Sentence) ?? (meeting.City is { } city ? document.Places.FirstOrDefault(p => p.Name == city)?.Country : null);
        // A sentence that names no subject for its meeting phrase names the one who meets elsewhere in it.
        var people = meeting.Counterparts.Concat(meeting.Subject is { } s ? [s] : meeting.Others).Distinct().ToList();
        if (meeting.Direction != MeetingDirection.Plain && meeting.Subject is { } subject)
        {
            var guests = meeting.Direction == MeetingDirection.SubjectHosts ? meeting.Counterparts : [subject];
            var hosts = meeting.Direction == MeetingDirection.SubjectHosts ? [subject] : meeting.Counterparts;
            foreach (var host in hosts)
            {
                Of(host).AtHome += 2;
            }

            // The guests are in the hosts' country, whichever the sentence names.
            var where = scene ?? hosts.Select(Home).FirstOrDefault(h => h is not null);
            foreach (var guest in guests.Where(g => where is null || Home(g) != where))
            {
                Of(guest).Abroad += 2;
                if (where is not null)
                {
                    Of(guest).Votes.Add(where);
                }
            }

            return;
        }

        if (scene is null)
        {
            return;
        }

        var anyoneAtHome = people.Any(p => Home(p) == scene);
        var foreignerThere = people.Any(p => Home(p) is { } h && h != scene);
        foreach (var person in people)
        {
            var home = Home(person);
            if (home == scene || (home is null && foreignerThere && !anyoneAtHome))
            {
                // At home there, or (nationality unsaid) meeting a foreigner where no one else is at home.
                Of(person).AtHome += 1;
            }
            else if (home is not null || anyoneAtHome)
            {
                // Met where they do not belong, or where the people they met are at home.
                Of(person).Abroad += 1;
                Of(person).Votes.Add(scene);
            }
        }
    }

    private Standing Of(int person)
    {
        if (!_standing.TryGetValue(person, out var standing))
        {
            _standing[person] = standing = new Standing();
        }

        return standing;
    }

    private string? Home(int person) => document.People[person].Country;

    private sealed class Standing
    {
        public double Abroad { get; set; }

        public double AtHome { get; set; }

        public List<string> Votes { get; } = [];
    }
}

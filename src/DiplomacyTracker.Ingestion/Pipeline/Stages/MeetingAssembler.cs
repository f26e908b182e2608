using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// Decides who took part in each meeting found (the traveller joins when the sentence names them or names no one
/// else), whether it belongs to the trip (the traveller took part and its date fits the trip), and merges the
/// sentences about one meeting into one <see cref="ExtractedMeeting"/>.
/// </summary>
internal sealed partial class MeetingAssembler(ArticleDocument document, TripFinding? trip, System.Text.RegularExpressions.Regex travelCue)
{
    public (List<ExtractedMeeting> Meetings, Dictionary<int, int> BySentence) Assemble()
    {
        var resolved = document.Meetings.Select(Resolve).OfType<Resolved>().Where(Reported).ToList();
        var meetings = new List<ExtractedMeeting>();
        var bySentence = new Dictionary<int, int>();
        foreach (var group in resolved.GroupBy(r => (r.Visit, Key: string.Join("|", r.Participants.Order()))))
        {
            // Talks held on one day are one meeting; a greeting, a plan, or a sentence that gives no day joins them when
            // there is no doubt which they belong to. Only talks held on two days the text names are two meetings.
            bool Dated(Resolved r) => r.Mention.Date is not null && !r.Mention.DateAssumed;
            bool Talks(Resolved r) => Dated(r) && !r.Mention.Ceremonial && r.Mention.Status == ExtractedMeetingStatus.Held;
            var clusters = group.Where(Talks).GroupBy(r => r.Mention.Date).Select(g => g.ToList()).ToList();
            if (clusters.Count == 0)
            {
                clusters = group.Where(r => Dated(r) && !r.Mention.Ceremonial).GroupBy(r => r.Mention.Date).Select(g => g.ToList()).Take(1).ToList();
            }

            if (clusters.Count == 0)
            {
                clusters = group.Where(Dated).GroupBy(r => r.Mention.Date).Select(g => g.ToList()).Take(1).ToList();
            }

            var rest = group.Where(r => !clusters.Any(c => c.Contains(r))).ToList();
            if (clusters.Count == 1)
            {
                clusters[0].AddRange(rest);
            }
            else if (rest.Count > 0)
            {
                clusters.Add(rest);
            }

            foreach (var cluster in clusters)
            {
                var index = meetings.Count;
                meetings.Add(Merge(cluster));
                foreach (var member in cluster)
                {
                    bySentence.TryAdd(member.Mention.Sentence, index);
                }
            }
        }

        foreach (var key in bySentence.Where(kv => meetings[kv.Value].VisitIndex is null).Select(kv => kv.Key).ToList())
        {
            bySentence.Remove(key);
        }

        return (meetings, bySentence);
    }

    /// <summary>
    /// A meeting on no visit the article reports is news only when it happened near the article's day and the text
    /// says which day: "they met at the G20 last year", "will meet at the summit" tell of no meeting to record.
    /// </summary>
    private bool Reported(Resolved meeting) =>
        meeting.Visit is not null
        || (meeting.Mention.Status == ExtractedMeetingStatus.Held && meeting.Mention.Date is { } date && !meeting.Mention.DateAssumed
            && document.Published is { } published && Math.Abs(date.DayNumber - published.DayNumber) <= 12);

    /// <summary>
    /// "She met X ..." in a sentence about the traveller: the pronoun before the phrase is the traveller; so is the one
    /// that opens the sentence when no one else is named before the phrase ("He will travel to Y on Wednesday for
    /// talks with X").
    /// </summary>
    private bool PronounSubject(MeetingMention mention)
    {
        var sentence = document.Sentences[mention.Sentence];
        var cue = mention.CueStart;
        if (!trip!.TripSentences.Contains(mention.Sentence) || cue <= sentence.Start)
        {
            return false;
        }

        var before = document.Text.AsSpan(sentence.Start, cue - sentence.Start);
        return (cue - sentence.Start < 60 && PronounBefore().IsMatch(before))
            || (PronounOpens().IsMatch(before) && !document.MentionsIn(mention.Sentence).Any(m => m.PhraseStart < cue && m.Person != trip.Traveler));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[^,]{0,30},\s*)?(?:He|She)\s", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PronounOpens();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[^,]{0,30},\s*)?(?:He|She|he|she)\s+(?:[a-z]+\s+){0,2}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PronounBefore();

    private sealed record Resolved(MeetingMention Mention, IReadOnlyList<string> Participants, int? Visit, string? City);

    private Resolved? Resolve(MeetingMention mention)
    {
        var traveler = trip?.Traveler;
        List<int> people;
        if (mention.Loose)
        {
            var others = mention.Others.Where(o => o != traveler).ToList();
            if (traveler is not { } t || !mention.Others.Contains(t) || others.Count != 1)
            {
                return null;
            }

            people = [t, others[0]];
        }
        else if (traveler is { } t && mention.Counterparts.Contains(t))
        {
            people = [t, .. mention.Counterparts, .. mention.Subject is { } host ? [host] : Array.Empty<int>()];
        }
        else if (mention.Subject is { } subject && subject != traveler)
        {
            people = [subject, .. mention.Counterparts];
        }
        else if (traveler is { } me && (mention.Subject == me || mention.Others.Contains(me) || mention.Others.Count == 0 || mention.PronounSubject || PronounSubject(mention)))
        {
            people = [me, .. mention.Counterparts];
        }
        else
        {
            return null;
        }

        people = people.Distinct().ToList();
        if (people.Count < 2)
        {
            return null;
        }

        mention = IntoTrip(mention);
        var attached = trip is not null && traveler is { } tr && people.Contains(tr) && Fits(mention);
        int? visit = attached ? VisitOf(mention, people) : PastVisit(mention.Sentence, people);
        if (attached && visit is { } leg && (TakenElsewhere(mention.Sentence, HostOf(document, trip, leg)) || WhereElsewhere(mention, HostOf(document, trip, leg))))
        {
            // "has already travelled to A and B, where he met X": talks on another trip, not on this one; on a trip the
            // article does not date, they are not recorded at all.
            visit = PastVisit(mention.Sentence, people);
            if (visit is null)
            {
                return null;
            }
        }

        var visitHost = visit is { } v ? HostOf(document, trip, v) : null;
        var city = mention.City is { } c && (visitHost is null || document.Places.Any(p => p.Name == c && p.Country == visitHost))
            ? c
            : visitHost is not null ? CurrentCity(mention.Sentence, visitHost) : null;
        return new Resolved(mention, people.Select(p => document.People[p].Key).ToList(), visit, city);
    }

    /// <summary>
    /// The sentence sends the traveller to a third country ("he has already travelled to Argentina, where he met X")
    /// and names no place of this leg's host: what happens in it happens there. Going home, or someone else's trip
    /// ("secured a visit to Washington by X"), moves nothing.
    /// </summary>
    private bool TakenElsewhere(int sentence, string host)
    {
        var home = document.People[trip!.Traveler].Country ?? trip.TravelerHome;
        var places = document.PlacesIn(sentence).ToList();
        if (places.Count == 0 || places.Any(p => p.Country == host))
        {
            return false;
        }

        var start = document.Sentences[sentence].Start;
        var mentions = document.MentionsIn(sentence).ToList();
        var named = places.OrderBy(p => p.Start).ToList();
        return document.Matches.Of(travelCue, document.TextOf(document.Sentences[sentence])).Any(cue =>
        {
            var subject = mentions.LastOrDefault(m => m.PhraseEnd <= start + cue.Index && document.People[m.Person].IsOfficial);
            return (subject is null || subject.Person == trip.Traveler)
                && places.Any(p => p.Country != home && VisitedPlaces.Leads([start + cue.Index + cue.Length], named, p));
        });
    }

    /// <summary>
    /// "..., a day after visiting Israel, where she met X": talks in a "where" clause happen at the place the clause
    /// hangs on; in a third country, they are not on this leg.
    /// </summary>
    private bool WhereElsewhere(MeetingMention mention, string host)
    {
        var sentence = document.Sentences[mention.Sentence];
        var before = document.Text.AsSpan(sentence.Start, mention.CueStart - sentence.Start);
        var where = before.LastIndexOf(", where ", StringComparison.Ordinal);
        if (where < 0)
        {
            return false;
        }

        var at = sentence.Start + where;
        var home = document.People[trip!.Traveler].Country ?? trip.TravelerHome;
        return document.PlacesIn(mention.Sentence).LastOrDefault(p => p.Start + p.Length <= at) is { } place
            && at - (place.Start + place.Length) <= 2 && place.Country != host && place.Country != home;
    }

    /// <summary>"when she flew to X in October 2024 for talks with Y": a meeting in the sentence of another trip belongs to it.</summary>
    private int? PastVisit(int sentence, List<int> people)
    {
        var past = document.PastTrips.ToList().FindIndex(p => p.Sentence == sentence && people.Contains(p.Traveler));
        return past < 0 ? null : (trip?.Visits.Count ?? 0) + past;
    }

    /// <summary>The host of a visit by its index among the article's visits: the trip's legs, then the other trips.</summary>
    public static string HostOf(ArticleDocument document, TripFinding? trip, int visit)
    {
        var legs = trip?.Visits.Count ?? 0;
        return visit < legs ? trip!.Visits[visit].HostCountry : document.PastTrips[visit - legs].HostCountry;
    }

    /// <summary>
    /// The leg of a tour a meeting belongs to: the one country its other participants serve, else the leg its sentence
    /// tells about, else the leg whose days hold its date, else the leg of the closest sentence before it.
    /// </summary>
    private int VisitOf(MeetingMention mention, List<int> people)
    {
        var legs = trip!.Visits;
        if (legs.Count == 1)
        {
            return 0;
        }

        var served = people.Where(p => p != trip.Traveler).Select(p => document.People[p].Country).OfType<string>()
            .Select(c => legs.ToList().FindIndex(l => l.HostCountry == c)).Where(i => i >= 0).Distinct().ToList();
        if (served.Count == 1)
        {
            return served[0];
        }

        if (trip.VisitOf(mention.Sentence) is { } told)
        {
            return told;
        }

        if (mention.Date is { } date && trip.VisitOn(date) is { } dated)
        {
            return dated;
        }

        return Enumerable.Range(0, legs.Count).Select(i => (Leg: i, Before: legs[i].Sentences.Where(s => s < mention.Sentence).DefaultIfEmpty(-1).Max()))
            .OrderByDescending(l => l.Before).First().Leg;
    }

    /// <summary>A weekday that resolves just outside the trip means the same weekday a week on or back, inside it.</summary>
    private MeetingMention IntoTrip(MeetingMention mention)
    {
        if (trip?.Visits is not [{ Start: { } start }, ..] || trip.Visits[^1].End is not { } end || mention.Date is not { } date || (date >= start && date <= end)
            || !document.DatesIn(mention.Sentence).Any(d => d.Weekday && d.From == date))
        {
            return mention;
        }

        foreach (var shifted in new[] { date.AddDays(7), date.AddDays(-7) })
        {
            if (shifted >= start && shifted <= end)
            {
                return mention with { Date = shifted, When = (shifted, shifted) };
            }
        }

        return mention;
    }

    private bool Fits(MeetingMention mention)
    {
        if (mention.When is not { } when)
        {
            return true;
        }

        if (trip!.Visits[0].Start is { } start && trip.Visits[^1].End is { } end)
        {
            return when.To >= start.AddDays(-2) && when.From <= end.AddDays(2);
        }

        return document.Published is not { } p || (when.To.DayNumber >= p.DayNumber - 12 && when.From.DayNumber <= p.DayNumber + 12);
    }

    private string? CurrentCity(int sentence, string host)
    {
        var city = document.Places.LastOrDefault(p => p.Kind == PlaceKind.City && !p.Region && p.Sentence <= sentence
            && p.Country == host && trip!.TripSentences.Contains(p.Sentence));
        return city?.Name ?? document.DatelinePlaces.FirstOrDefault(p => p.Kind == PlaceKind.City && p.Country == host)?.Name;
    }

    private ExtractedMeeting Merge(List<Resolved> cluster)
    {
        var ordered = cluster.OrderBy(r => r.Mention.Loose).ThenBy(r => r.Mention.Ceremonial).ThenBy(r => r.Mention.Sentence).ToList();
        var best = ordered[0];
        var status = cluster.Any(r => r.Mention.Status == ExtractedMeetingStatus.Held) ? ExtractedMeetingStatus.Held : ExtractedMeetingStatus.Planned;

        // The day a sentence gives about the talks held, else about talks planned, else about the greeting, else the
        // article's day.
        var dated = cluster.Where(r => r.Mention.Date is not null)
            .OrderBy(r => r.Mention.DateAssumed).ThenBy(r => r.Mention.Ceremonial).ThenBy(r => r.Mention.Status != ExtractedMeetingStatus.Held)
            .ThenBy(r => r.Mention.Sentence).FirstOrDefault();
        return new ExtractedMeeting(
            best.Visit,
            dated?.Mention.Date,
            status,
            ordered.Select(r => r.City).FirstOrDefault(c => c is not null),
            ordered.Select(r => r.Mention.Venue).FirstOrDefault(v => v is not null),
            ordered.Select(r => r.Mention.DurationMinutes).FirstOrDefault(d => d is not null),
            best.Participants,
            document.Sentences[best.Mention.Sentence].Span)
        {
            DateAssumed = dated?.Mention.DateAssumed ?? false,
            Ceremonial = cluster.All(r => r.Mention.Ceremonial),
        };
    }
}

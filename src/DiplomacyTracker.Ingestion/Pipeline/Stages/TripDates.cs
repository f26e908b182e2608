using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// The first and last day of the reported trip, from the strongest evidence the trip sentences give: an explicit
/// range ("from April 24-26"), "the first of two days", a start phrase ("began Wednesday") and an end phrase ("on the
/// last day ... Friday", "wrapping up"), a length ("a three-day visit"), and else the span of the days those
/// sentences mention.
/// </summary>
internal sealed class TripDates(ArticleDocument document, Lexicon lexicon, int traveler, IReadOnlySet<int> tripSentences, string host)
{
    public DateOnly? Start { get; private set; }

    public DateOnly? End { get; private set; }

    public List<int> Evidence { get; } = [];

    public TripDates Find()
    {
        DateOnly? rangeFrom = null, rangeTo = null, start = null, end = null, firstFrom = null, firstTo = null;
        int? length = null;
        DateOnly? leave = null;
        var span = new List<DateOnly>();
        foreach (var index in tripSentences.Order())
        {
            var sentence = document.Sentences[index];
            var text = document.TextOf(sentence);
            var dates = document.DatesIn(index).Where(d => TripFinder.NearPublication(document, d)).ToList();
            var day = dates.FirstOrDefault(d => d.IsDay)?.From;
            var startCue = lexicon.Travel.Start.Match(text);
            var endCue = lexicon.Travel.End.Match(text);
            var endMention = NearestDay(dates, sentence.Start + endCue.Index, endCue.Success, null);
            var endDay = endMention?.From;
            var startDay = NearestDay(dates, sentence.Start + startCue.Index, startCue.Success, endMention)?.From;
            var travels = document.Matches.Of(lexicon.Travel.Travel, text).Count > 0;
            if (travels && rangeFrom is null && dates.FirstOrDefault(d => d.Kind == DateKind.Range) is { } range)
            {
                (rangeFrom, rangeTo) = (range.From, range.To);
                Evidence.Add(index);
            }

            if (lexicon.Travel.FirstOfDays.Match(text) is { Success: true } first && firstFrom is null && (day ?? document.Published) is { } firstDay)
            {
                firstFrom = firstDay;
                firstTo = firstDay.AddDays(Number(first.Groups["n"].Value) - 1);
                Evidence.Add(index);
            }

            if (lexicon.Travel.Duration.Match(text) is { Success: true } duration)
            {
                length ??= Number(duration.Groups["n"].Value);
            }

            if (start is null && startDay is null && startCue.Success && document.Published is { } today
                && lexicon.Travel.ArrivedOnPublicationDay.IsMatch(text))
            {
                // "has arrived in X": the news of the day.
                start = today;
                Evidence.Add(index);
            }

            if (leave is null && LeavesHost(sentence, text) && dates.Where(d => d.IsDay).Select(d => (DateOnly?)d.From).Max() is { } left)
            {
                leave = left;
            }

            if (start is null && startDay is { } arrival && (!endCue.Success || endDay != startDay))
            {
                // "on Friday ..., a day after she landed": the arrival was the day before.
                start = lexicon.Travel.DayAfterArrival.IsMatch(text) ? arrival.AddDays(-1) : arrival;
                Evidence.Add(index);
            }

            if (end is null && endCue.Success && (endDay ?? (length is not null || travels ? document.Published : null)) is { } last)
            {
                end = last;
                Evidence.Add(index);
            }

            if (day is { } mentioned && (travels || HostPlace(index) || TravelerMeets(index)))
            {
                span.AddRange(dates.Where(d => d.IsDay).Select(d => d.From));
            }
        }

        span.AddRange(document.Meetings.Where(m => tripSentences.Contains(m.Sentence) && m.Date is not null && !m.Loose
                && m.Counterparts.Concat(m.Others).Contains(traveler))
            .Select(m => m.Date!.Value).Where(d => document.Published is not { } p || Math.Abs(d.DayNumber - p.DayNumber) <= 12));

        Start = rangeFrom ?? firstFrom ?? start ?? (end is { } e && length is { } n ? e.AddDays(1 - n) : (DateOnly?)null) ?? Min(span);
        End = rangeTo ?? firstTo ?? end ?? LaterOf(leave, Start) ?? (Start is { } s && length is { } m ? s.AddDays(m - 1) : (DateOnly?)null) ?? Max(span);
        if (Start is { } a && End is { } b && b < a)
        {
            (Start, End) = (Min(span) ?? b, Max(span) ?? a);
        }

        return this;
    }

    /// <summary>The day mentioned nearest after a phrase ("began ... on Tuesday", "last until Friday"), else before it.</summary>
    private static DateMention? NearestDay(List<DateMention> dates, int at, bool found, DateMention? taken)
    {
        if (!found)
        {
            return null;
        }

        var days = dates.Where(d => d.IsDay && d != taken).ToList();
        return days.Where(d => d.Start >= at).OrderBy(d => d.Start).FirstOrDefault()
            ?? days.Where(d => d.Start < at).OrderByDescending(d => d.Start).FirstOrDefault();
    }

    /// <summary>"will travel on to Y on Tuesday": going on to another country ends the visit to this one.</summary>
    private bool LeavesHost(Sentence sentence, string text)
    {
        var home = document.People[traveler].Country;
        foreach (var cue in document.Matches.Of(lexicon.Travel.Travel, text))
        {
            var end = sentence.Start + cue.Index + cue.Length;
            if (document.PlacesIn(sentence.Index).FirstOrDefault(p => p.Start >= end && p.Start - end < 40) is { } place
                && place.Country != host && place.Country != home)
            {
                return true;
            }
        }

        return false;
    }

    private static DateOnly? LaterOf(DateOnly? day, DateOnly? start) => day is { } d && (start is not { } s || d >= s) ? d : null;

    private bool HostPlace(int sentence) => document.PlacesIn(sentence).Any(p => p.Country == host);

    private bool TravelerMeets(int sentence) => document.Meetings.Any(m => m.Sentence == sentence);

    private static DateOnly? Min(List<DateOnly> days) => days.Count == 0 ? null : days.Min();

    private static DateOnly? Max(List<DateOnly> days) => days.Count == 0 ? null : days.Max();

    private int Number(string text) => lexicon.Grammar.Number(text) is var n and >= 1 and < 60 ? (int)n : 1;
}

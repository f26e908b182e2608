using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>One sentence seen by <see cref="MeetingFinder"/>: reads the date, place, venue and length of a meeting in it.</summary>
internal sealed class MeetingContext(
    ArticleDocument document,
    Sentence sentence,
    string text,
    IReadOnlyList<PersonMention> mentions,
    IReadOnlySet<int> officials,
    Lexicon lexicon)
{
    public ArticleDocument Document => document;

    public Sentence Sentence => sentence;

    public string Text => text;

    public IReadOnlyList<PersonMention> Mentions => mentions;

    public IReadOnlySet<int> Officials => officials;

    public MeetingMention Meeting(int cueStart, int cueEnd, bool planned, IReadOnlyList<int> counterparts, IReadOnlyList<int> others, int? subject, bool loose, bool several = false)
    {
        var at = sentence.Start + cueStart;
        var (date, when, assumed) = When(at, planned, counterparts);
        var status = planned && !(date is { } d && document.Published is { } p && d < p)
            ? ExtractedMeetingStatus.Planned
            : ExtractedMeetingStatus.Held;
        // One sentence listing several meetings does not say which happened where, or for how long.
        return new MeetingMention(sentence.Index, at, status, counterparts, others, subject, loose, date, when,
            several ? null : City(at), several ? null : Venue(at), several ? null : Duration())
        {
            DateAssumed = assumed,
            Ceremonial = lexicon.Meetings.Ceremonial.IsMatch(text),
        };
    }

    private (DateOnly? Date, (DateOnly, DateOnly)? When, bool Assumed) When(int at, bool planned, IReadOnlyList<int> counterparts)
    {
        // "X, who arrived on Monday, held talks with Y": the clause's day is not the talks' day.
        var dates = document.DatesIn(sentence.Index).Where(d => (!d.Aside || InSameAside(d, at))).ToList();
        // "flew to X on Wednesday and held talks with Y on Thursday": a day before "and" dates the clause before it.
        var day = dates.Where(d => d.IsDay).OrderBy(d => d.Start >= at ? d.Start - at
            : (at - d.Start) * (document.Text.AsSpan(d.Start, at - d.Start).IndexOf(" and ", StringComparison.Ordinal) >= 0 ? 8 : 2)).FirstOrDefault();
        if (day is not null)
        {
            return (day.From, (day.From, day.To), false);
        }

        if (dates.FirstOrDefault() is { } range)
        {
            return (null, (range.From, range.To), false);
        }

        if (planned)
        {
            return (null, null, false);
        }

        // "Long talks with X. [...] X and Y spent 14 hours on Tuesday and Wednesday": the next sentence about the same
        // counterpart dates it; else the day last mentioned just before.
        var next = sentence.Index + 1;
        if (next < document.Sentences.Count && document.Sentences[next].Paragraph == sentence.Paragraph
            && document.MentionsIn(next).Any(m => counterparts.Contains(m.Person))
            && document.DatesIn(next).FirstOrDefault(d => d.IsDay) is { } following)
        {
            return (following.From, (following.From, following.To), false);
        }

        // A "Published: 3 March" line above dates the article, not the talks; talks already held took place on no day
        // after it.
        var inherited = document.Dates.LastOrDefault(d => d.IsDay && !d.Aside && d.Sentence < sentence.Index && d.Sentence >= sentence.Index - 2
            && document.Sentences[d.Sentence].Paragraph >= sentence.Paragraph - 2 && !IsPublicationLine(document.Sentences[d.Sentence])
            && !(document.Published is { } published && d.From > published));
        return inherited is not null ? (inherited.From, null, false) : (document.Published, null, document.Published is not null);
    }

    private bool IsPublicationLine(Sentence line) =>
        Pipeline.Text.DateGrammar.KeywordDate().Match(document.TextOf(line)) is { Success: true, Index: 0 };

    private bool InSameAside(DateMention date, int at)
    {
        var from = Math.Min(date.Start, at);
        var to = Math.Max(date.Start, at);
        return !document.Text.AsSpan(from, to - from).ContainsAny(",;");
    }

    /// <summary>
    /// The city nearest the phrase: "met X in Suva" names it after, "will travel to Banjul for talks with X" before; a
    /// city before counts twice its distance, so the one after the people met wins when both are close.
    /// </summary>
    private string? City(int at)
    {
        var cities = document.PlacesIn(sentence.Index).Where(p => p.Kind == PlaceKind.City && !p.Region).ToList();
        return cities.MinBy(c => c.Start >= at ? c.Start - at : 2 * (at - c.Start - c.Length))?.Name;
    }

    private string? Venue(int at)
    {
        var venues = document.Venues.Where(v => v.Sentence == sentence.Index).ToList();
        if ((venues.FirstOrDefault(v => v.Start >= at) ?? venues.FirstOrDefault()) is { } venue)
        {
            return venue.Name;
        }

        var next = sentence.Index + 1;
        if (next < document.Sentences.Count && document.TextOf(document.Sentences[next]).StartsWith("The meeting", StringComparison.OrdinalIgnoreCase)
            || next < document.Sentences.Count && document.TextOf(document.Sentences[next]).StartsWith("The talks", StringComparison.OrdinalIgnoreCase))
        {
            return document.Venues.FirstOrDefault(v => v.Sentence == next)?.Name;
        }

        return null;
    }

    private int? Duration()
    {
        if (lexicon.Meetings.Duration.Match(text) is not { Success: true } match)
        {
            return null;
        }

        double amount = match.Groups["halfonly"].Success ? 0.5 : Number(match.Groups["num"].Value);
        if (match.Groups["half"].Success)
        {
            amount += 0.5;
        }

        var minutes = match.Groups["unit"].Value.StartsWith("hour", StringComparison.OrdinalIgnoreCase) ? amount * 60 : amount;
        return minutes > 0 ? (int)Math.Round(minutes) : null;
    }

    private double Number(string text) => lexicon.Grammar.Number(text);
}

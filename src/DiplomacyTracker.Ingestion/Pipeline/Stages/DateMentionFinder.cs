using System.Text.RegularExpressions;
using DiplomacyTracker.Ingestion.Pipeline.Document;
using DiplomacyTracker.Ingestion.Pipeline.Text;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// Finds the dates sentences mention and resolves them against the publication date: weekdays to the nearest such day
/// on or before it (after it when the sentence looks ahead), "earlier in the day" to the day last mentioned, months
/// and weeks to ranges. Mentions that cannot be resolved (no publication date) are left out.
/// </summary>
internal sealed partial class DateMentionFinder(Lexicon lexicon) : IArticleStage
{
    public DocumentPart Reads => DocumentPart.Text | DocumentPart.Sentences | DocumentPart.Datelines | DocumentPart.Published;

    public DocumentPart Assigns => DocumentPart.Dates;

    [GeneratedRegex(@"\b(?:said|says|told|added|stated|announced|reported)\s+(?:\w+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex SpokenBefore();

    [GeneratedRegex(@",\s*(?:who|whom|whose|which)\b[^,;]*", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeClause();

    /// <summary>The date mentions of a sentence: each shape's matches, a more specific shape winning any overlap.</summary>
    private static IEnumerable<(DateShape Shape, Match Match)> Matches(string text)
    {
        var taken = new List<(DateShape Shape, Match Match)>();
        foreach (var (shape, pattern) in DateGrammar.Shapes)
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (!taken.Any(t => match.Index < t.Match.Index + t.Match.Length && t.Match.Index < match.Index + match.Length))
                {
                    taken.Add((shape, match));
                }
            }
        }

        return taken.OrderBy(t => t.Match.Index);
    }

    public ArticleDocument Run(ArticleDocument document, CancellationToken cancellationToken)
    {
        var mentions = new List<DateMention>();
        DateOnly? lastDay = null;
        var lastDaySentence = -100;
        foreach (var (shape, match) in Matches(document.Text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (document.InDateline(match.Index) || document.SentenceAt(match.Index) is not { } sentence || match.Index + match.Length > sentence.End)
            {
                continue;
            }

            var text = document.TextOf(sentence);
            if (shape is DateShape.Full or DateShape.MonthDay or DateShape.Weekday && EventName(text, match.Index - sentence.Start, match.Length))
            {
                continue;
            }

            var future = IsFuture(text, match.Index - sentence.Start, match.Length);
            var anchor = sentence.Index - lastDaySentence <= 6 ? lastDay : null;
            // A publication date inferred from the dates in the text is an event day, not a day after the events.
            var nearest = document.PublishedIsEventDay && !future;
            if (Resolve(shape, match, document.Published, anchor, future, nearest) is not { } resolved)
            {
                continue;
            }

            var aside = RelativeClause().Matches(text).Any(c => match.Index - sentence.Start >= c.Index && match.Index - sentence.Start < c.Index + c.Length);
            var mention = new DateMention(match.Index, match.Length, sentence.Index, resolved.From, resolved.To, resolved.Kind, shape == DateShape.Weekday, aside);
            mentions.Add(mention);
            // "X, who is guest of honour at the parade on January 26, ... later in the day": a day in an aside is no
            // anchor for the relative days after it.
            if (mention.IsDay && !aside)
            {
                lastDay = mention.From;
                lastDaySentence = sentence.Index;
            }
        }

        return document with { Dates = mentions };
    }

    private bool IsFuture(string sentence, int position, int length)
    {
        var before = sentence[..position];
        if (LeadingAdverbial().IsMatch(before))
        {
            // "On Tuesday, she is due to travel to X": a day that opens the sentence takes the tense of the clause it
            // opens, up to its first verb of saying.
            var after = sentence[(position + length)..];
            var clause = after[..Math.Min(after.Length, 80)];
            return lexicon.Meetings.Future.Match(clause) is { Success: true } ahead
                && !lexicon.Grammar.SpeechVerb.IsMatch(clause[..ahead.Index]) && !PastVerb().IsMatch(clause[..ahead.Index]);
        }

        return !SpokenBefore().IsMatch(before) && lexicon.Meetings.Future.IsMatch(before);
    }

    /// <summary>
    /// "after the Jan. 8 riots", "since the Sept. 11 attacks": a date between a determiner and a noun names an event;
    /// it is not when anything in the sentence happens ("the July 25 meeting" is, see grammar.json).
    /// </summary>
    private bool EventName(string sentence, int position, int length)
    {
        var before = WordBefore().Match(sentence[..position]);
        var after = WordAfter().Match(sentence[(position + length)..]);
        return before.Success && after.Success && lexicon.Grammar.Determiners.Contains(before.Groups["w"].Value.ToLowerInvariant())
            && !lexicon.Grammar.GatheringNouns.Contains(after.Groups["w"].Value);
    }

    [GeneratedRegex(@"(?:^|\s)(?<w>(?:last|this) year's|[\w']+)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex WordBefore();

    // A lowercase word: a noun the date modifies (not "Jan. 8, 2023", "Jan. 8 and 9", "Jan. 8 in Brasilia").
    [GeneratedRegex(@"^\s+(?<w>[a-z][a-z-]+)\b(?<!\s(?:and|or|to|in|at|on|of|for|with|when|as|until|through|after|before|by|from|the|a|an|was|is|were|will))", RegexOptions.CultureInvariant)]
    private static partial Regex WordAfter();

    [GeneratedRegex(@"^\s*(?:(?:on|early|late|later|earlier|then|and|but|by|from|until|starting|beginning|also)\s+){0,3}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAdverbial();

    // "On Tuesday, the minister met X and will ...": a verb in the past before the look ahead dates that verb.
    [GeneratedRegex(@"\b(?:met|arrived|held|was|were|had)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PastVerb();

    private static (DateOnly From, DateOnly To, DateKind Kind)? Resolve(DateShape shape, Match m, DateOnly? published, DateOnly? anchor, bool future, bool nearest)
    {
        if (shape == DateShape.Full)
        {
            var year = int.Parse(m.Groups["y"].Value);
            return DateGrammar.Make(year, DateGrammar.MonthNumber(m.Groups["m1"].Value), int.Parse(m.Groups["d1"].Value)) is { } d
                ? (d, d, DateKind.Day)
                : null;
        }

        if (shape is DateShape.Range or DateShape.TwoMonthRange)
        {
            var m1 = DateGrammar.MonthNumber(m.Groups["m1"].Value);
            var m2 = m.Groups["m2"].Success ? DateGrammar.MonthNumber(m.Groups["m2"].Value) : m1;
            var d1 = int.Parse(m.Groups["d1"].Value);
            var d2 = int.Parse(m.Groups["d2"].Value);
            DateOnly? from = m.Groups["y"].Success
                ? DateGrammar.Make(int.Parse(m.Groups["y"].Value), m1, d1)
                : published is { } p ? DateGrammar.Nearest(m1, d1, p, past: !future) : null;
            if (from is not { } start)
            {
                return null;
            }

            var year = m2 < m1 ? start.Year + 1 : start.Year;
            return DateGrammar.Make(year, m2, d2) is { } end && end >= start ? (start, end, DateKind.Range) : null;
        }

        if (published is not { } reference)
        {
            return null;
        }

        if (shape == DateShape.MonthDay)
        {
            return DateGrammar.Nearest(DateGrammar.MonthNumber(m.Groups["m1"].Value), int.Parse(m.Groups["d1"].Value), reference, past: !future) is { } d
                ? (d, d, DateKind.Day)
                : null;
        }

        if (shape == DateShape.Weekday)
        {
            // "will be in Abuja on Monday ... will then travel to Dakar, where she will meet X on Wednesday": a day ahead,
            // after a day ahead just named, is on or after that one.
            return Weekday(m, future && anchor is { } after && after > reference ? after : reference, future, nearest);
        }

        if (shape == DateShape.Relative)
        {
            var phrase = m.Value.ToLowerInvariant();
            var day = phrase switch
            {
                "yesterday" => reference.AddDays(-1),
                "today" => reference,
                "tomorrow" => reference.AddDays(1),
                "the day before" or "the previous day" or "a day earlier" or "one day earlier" => (anchor ?? reference).AddDays(-1),
                "the next day" or "the following day" or "the next morning" or "the following morning" or "the next afternoon"
                    or "the following afternoon" or "the next evening" or "the following evening" => (anchor ?? reference).AddDays(1),
                // "A day later he was in Hanoi", "two days later": counted from the day the article last named.
                _ when DaysLater(phrase) is { } later => (anchor ?? reference).AddDays(later),
                _ when phrase.Contains("day") => anchor ?? reference,
                _ => reference,
            };
            return (day, day, DateKind.Day);
        }

        if (shape == DateShape.Month)
        {
            return Month(m, reference, future);
        }

        if (shape == DateShape.Week)
        {
            return Week(m, reference);
        }

        if (shape == DateShape.Year)
        {
            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value)
                : reference.Year + (m.Groups["ymod"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 });
            return year is >= 1900 and <= 2100 ? (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DateKind.Month) : null;
        }

        return null;
    }

    /// <summary>"a day later" 1, "two days afterwards" 2; null for any other phrase ("a day after she landed" looks back).</summary>
    private static int? DaysLater(string phrase)
    {
        var words = phrase.Split(' ');
        return words.Length == 3 && words[1] is "day" or "days" && words[2] is "later" or "afterwards"
            ? words[0] switch { "a" or "one" => 1, "two" => 2, "three" => 3, _ => null }
            : null;
    }

    private static (DateOnly, DateOnly, DateKind)? Weekday(Match m, DateOnly reference, bool future, bool nearest)
    {
        if (DateGrammar.WeekdayOf(m.Groups["day"].Value) is not { } weekday)
        {
            return null;
        }

        var mod = m.Groups["mod"].Value.ToLowerInvariant();
        var delta = ((int)weekday - (int)reference.DayOfWeek + 7) % 7;
        if (nearest && mod is not ("next" or "last" or "coming" or "past"))
        {
            var closest = reference.AddDays(delta <= 3 ? delta : delta - 7);
            return (closest, closest, DateKind.Day);
        }

        var forward = mod is "next" or "coming" || (future && mod is not "last" and not "past");
        var day = forward
            ? reference.AddDays(delta == 0 && mod == "next" ? 7 : delta)
            : reference.AddDays(delta == 0 ? (mod == "last" ? -7 : 0) : delta - 7);
        return (day, day, DateKind.Day);
    }

    private static (DateOnly, DateOnly, DateKind)? Month(Match m, DateOnly reference, bool future)
    {
        var month = DateGrammar.MonthNumber(m.Groups["m1"].Value);
        var mod = m.Groups["mmod"].Value.ToLowerInvariant();
        int year;
        if (m.Groups["y"].Success)
        {
            year = int.Parse(m.Groups["y"].Value);
        }
        else if (m.Groups["ymod"].Success)
        {
            // "in March last year".
            year = reference.Year + (m.Groups["ymod"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 });
        }
        else if (mod == "last")
        {
            year = month >= reference.Month ? reference.Year - 1 : reference.Year;
        }
        else if (mod == "next" || (future && mod is not "since"))
        {
            year = month <= reference.Month ? reference.Year + 1 : reference.Year;
            if (mod != "next" && month == reference.Month)
            {
                year = reference.Year;
            }
        }
        else
        {
            year = month > reference.Month ? reference.Year - 1 : reference.Year;
        }

        var first = new DateOnly(year, month, 1);
        return (first, first.AddMonths(1).AddDays(-1), DateKind.Month);
    }

    private static (DateOnly, DateOnly, DateKind)? Week(Match m, DateOnly reference)
    {
        var mod = m.Groups["wmod"].Value.ToLowerInvariant();
        var shift = mod switch { "last" => -1, "next" or "coming" => 1, _ => 0 };
        if (m.Groups["unit"].Value == "month")
        {
            var first = new DateOnly(reference.Year, reference.Month, 1).AddMonths(shift);
            return (first, first.AddMonths(1).AddDays(-1), DateKind.Month);
        }

        var monday = reference.AddDays(-(((int)reference.DayOfWeek + 6) % 7)).AddDays(7 * shift);
        return m.Groups["unit"].Value == "weekend"
            ? (monday.AddDays(5), monday.AddDays(6), DateKind.Week)
            : (monday, monday.AddDays(6), DateKind.Week);
    }
}

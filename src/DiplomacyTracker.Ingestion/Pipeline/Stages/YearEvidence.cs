using System.Text.RegularExpressions;
using DiplomacyTracker.Ingestion.Pipeline.Document;
using DiplomacyTracker.Ingestion.Pipeline.Text;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// The year an article without a printed date is written in, from what its text says: weekdays that pair with days
/// named without a year ("Thursday (June 13)", a dateline's day and the lead's "said Thursday"), and anniversaries
/// ("marking 22 years since ... 2001", "the 50th anniversary of ... 1974"). Ties go to the latest year that is not
/// ahead of today.
/// </summary>
internal static partial class YearEvidence
{
    private readonly record struct Pairing(int Month, int Day, DayOfWeek Weekday, double Weight);

    /// <summary>The year the weekday pairings point at, or null when nothing pairs.</summary>
    /// <param name="dateline">a dateline's month and day and the offset of its lead, if there is one</param>
    public static int? FromWeekdays(ArticleDocument document, (int Month, int Day, int LeadAt)? dateline) =>
        Weekdays(document, dateline)?.Year;

    /// <summary>The year the weekday pairings point at, and the days named without a year whose weekday holds in it.</summary>
    public static (int Year, List<DateOnly> Days)? Weekdays(ArticleDocument document, (int Month, int Day, int LeadAt)? dateline)
    {
        var pairs = new List<Pairing>();
        if (dateline is { } line && document.SentenceAt(line.LeadAt) is { } lead)
        {
            var text = document.TextOf(lead);
            foreach (var (weekday, at) in WeekdaysIn(text))
            {
                // "Beijing said Thursday": the day of the report, the dateline's; "from Saturday": a day ahead.
                var before = text[..at];
                var weight = ReportedOn().IsMatch(before) ? 2.0 : AheadOrBack().IsMatch(before) ? 0.2 : 1.0;
                pairs.Add(new Pairing(line.Month, line.Day, weekday, weight));
                if (DateGrammar.Make(2000, line.Month, line.Day) is { } anyYear)
                {
                    var dayBefore = anyYear.AddDays(-1);
                    pairs.Add(new Pairing(dayBefore.Month, dayBefore.Day, weekday, weight * 0.45));
                }
            }
        }

        foreach (var sentence in document.Sentences)
        {
            var text = document.TextOf(sentence);
            var dated = DateGrammar.InYearlessDay().Matches(text).FirstOrDefault(m => !document.InDateline(sentence.Start + m.Index));
            if (dated is null)
            {
                continue;
            }

            foreach (var (weekday, at) in WeekdaysIn(text))
            {
                // "on Monday with X, who is on a visit from Aug. 27": a clause apart, the two name different days.
                var between = at < dated.Index ? text[at..dated.Index] : text[(dated.Index + dated.Length)..Math.Max(dated.Index + dated.Length, at)];
                if (!ClauseBreak().IsMatch(between))
                {
                    pairs.Add(new Pairing(DateGrammar.MonthNumber(dated.Groups["m"].Value), int.Parse(dated.Groups["d"].Value), weekday, 1));
                }
            }
        }

        if (pairs.Count == 0)
        {
            return null;
        }

        var thisYear = DateTime.UtcNow.Year;
        var best = (Year: (int?)null, Score: 0.0);
        for (var year = thisYear; year > thisYear - 20; year--)
        {
            var score = pairs.Where(p => DateGrammar.Make(year, p.Month, p.Day) is { } d && d.DayOfWeek == p.Weekday).Sum(p => p.Weight);
            if (score > best.Score + 1e-9)
            {
                best = (year, score);
            }
        }

        if (best.Score < 1 || best.Year is not { } chosen)
        {
            return null;
        }

        var days = pairs.Where(p => p.Weight >= 1).Select(p => DateGrammar.Make(chosen, p.Month, p.Day)).OfType<DateOnly>()
            .Where(d => pairs.Any(p => p.Month == d.Month && p.Day == d.Day && p.Weekday == d.DayOfWeek)).Distinct().ToList();
        return (chosen, days);
    }

    /// <summary>The year an anniversary the text names falls in ("22 years since ... 2001" is 2023).</summary>
    public static int? FromAnniversaries(string text)
    {
        var years = DateGrammar.Anniversary().Matches(text)
            .Select(m => int.Parse(m.Groups["y"].Value) + int.Parse(m.Groups["n"].Value))
            .Where(y => y is >= 1950 && y <= DateTime.UtcNow.Year + 1)
            .ToList();
        return years.Count == 0 ? null : years.GroupBy(y => y).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
    }

    private static IEnumerable<(DayOfWeek Weekday, int At)> WeekdaysIn(string text)
    {
        foreach (var weekday in Enum.GetValues<DayOfWeek>())
        {
            var at = text.IndexOf(weekday.ToString(), StringComparison.Ordinal);
            if (at >= 0)
            {
                yield return (weekday, at);
            }
        }
    }

    [GeneratedRegex(@"\b(?:said|says|told|announced|reported|confirmed|stated|added)\s+(?:on\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReportedOn();

    [GeneratedRegex(@"\b(?:from|until|till|through|next|by|starting|beginning)\s+(?:on\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AheadOrBack();

    [GeneratedRegex(@"[;:]|,\s*(?:who|which|where|while|when|after|before|and|but)\b|\b(?:after|before|since|until)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();
}

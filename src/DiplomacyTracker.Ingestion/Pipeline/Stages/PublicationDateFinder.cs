using DiplomacyTracker.Ingestion.Pipeline.Document;
using DiplomacyTracker.Ingestion.Pipeline.Text;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// Finds the publication date: the reader's metadata first, then the shapes a page header takes (a date line,
/// "04/26/2024 | Press release", a wire dateline "April 5 (UPI) --", a date in the top caption), then, marked as
/// inferred, the latest full date in the body. <see cref="KnownTripDating"/> may fill it later from other articles.
/// </summary>
internal sealed partial class PublicationDateFinder : IArticleStage
{
    public DocumentPart Reads => DocumentPart.Source | DocumentPart.Text | DocumentPart.Sentences | DocumentPart.Datelines;

    public DocumentPart Assigns => DocumentPart.Published;

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<y>(?:19|20)\d\d)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex YearMention();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<d>\d{1,2})\b(?!\s*,?\s*\d{4})", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex MonthDay();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?i:Published|Updated|Posted|Last updated|Date)(?:\s+on)?\s*:?\s*|[A-Z][A-Za-z .'-]{0,40},\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?\s+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HeaderPrefix();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[^\n]*?(?:(?:19|20)\d\d)\s*(?:[.,]?\s*$|,?\s*\d{1,2}[:.]\d\d\b|\||\()", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HeaderSuffix();

    /// <summary>
    /// A header date stands alone: it opens its line (after "Published" or a dateline city), or closes it (a photo
    /// caption), or comes with a time or a "|"; a date inside a sentence of the story is an event, not the header.
    /// </summary>
    private static bool StandsAlone(string text, int index)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var lineEnd = text.IndexOf('\n', index);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        return HeaderPrefix().IsMatch(text[lineStart..index]) || HeaderSuffix().IsMatch(text[index..lineEnd]);
    }

    /// <summary>
    /// A dateline without a year: the year in which the most of the text's weekday-and-day pairings hold. The lead's
    /// weekday pairs with the dateline's day (or, for a lead about the day before, with the day before it); any
    /// sentence naming a weekday and a day without a year ("arrived on Thursday for a visit from Oct. 26 to 28")
    /// pairs them as well. Ties go to the latest year.
    /// </summary>
    private static int? YearOfWeekday(ArticleDocument document, int leadAt, int month, int day)
    {
        var pairs = new List<(int Month, int Day, DayOfWeek Weekday, double Weight)>();
        if (document.SentenceAt(leadAt) is { } lead)
        {
            foreach (var weekday in WeekdaysIn(document.TextOf(lead)))
            {
                pairs.Add((month, day, weekday, 1));
                if (DateGrammar.Make(2000, month, day) is { } anyYear)
                {
                    var before = anyYear.AddDays(-1);
                    pairs.Add((before.Month, before.Day, weekday, 0.9));
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

            foreach (var weekday in WeekdaysIn(text))
            {
                // "on Monday with X, who is on a visit from Aug. 27": a clause apart, the two name different days.
                var at = text.IndexOf(weekday.ToString(), StringComparison.Ordinal);
                var between = at < dated.Index ? text[at..dated.Index] : text[(dated.Index + dated.Length)..at];
                if (!ClauseBreak().IsMatch(between))
                {
                    pairs.Add((DateGrammar.MonthNumber(dated.Groups["m"].Value), int.Parse(dated.Groups["d"].Value), weekday, 1));
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

        return best.Year;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[;:]|,\s*(?:who|which|where|while|when|after|before|and|but)\b|\b(?:after|before|since|until)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ClauseBreak();

    private static IEnumerable<DayOfWeek> WeekdaysIn(string text) =>
        Enum.GetValues<DayOfWeek>().Where(d => text.Contains(d.ToString(), StringComparison.Ordinal));

    /// <summary>
    /// A dateline without a year ("Aug. 28 (Xinhua)") is read as the first such day after the latest month the text
    /// names with its year ("in October 2023"); a bare year ("in 2019") says too little to guess from.
    /// </summary>
    private static int? YearOfDateline(string text, int month)
    {
        var mentions = YearMention().Matches(text).Select(m => (Year: int.Parse(m.Groups["y"].Value),
            Month: m.Groups["m"].Success ? DateGrammar.MonthNumber(m.Groups["m"].Value) : 0)).ToList();
        if (mentions.Count == 0)
        {
            return null;
        }

        var latest = mentions.Max(m => m.Year);
        return mentions.Any(m => m.Year == latest && m.Month > month) ? latest + 1 : latest;
    }

    private const int HeaderLength = 600;

    public ArticleDocument Run(ArticleDocument document, CancellationToken cancellationToken)
    {
        if (document.Source.Published is { } published)
        {
            return document with { Published = DateOnly.FromDateTime(published.Date) };
        }

        var text = document.Text;
        var header = text[..Math.Min(text.Length, HeaderLength)];
        var fullDates = DateGrammar.FullDate().Matches(text).Select(m => (m.Index, Date: DateGrammar.Parse(m)))
            .Where(d => d.Date is not null).ToList();

        var inHeader = fullDates.Where(d => d.Index < header.Length && StandsAlone(text, d.Index)).ToList();
        if (inHeader.Count > 0)
        {
            return document with { Published = inHeader[0].Date };
        }

        if (DateGrammar.WireDateline().Match(header) is { Success: true } wire)
        {
            var month = DateGrammar.MonthNumber(wire.Groups["m"].Value);
            var day = int.Parse(wire.Groups["d"].Value);
            var reference = fullDates.Select(d => d.Date!.Value).DefaultIfEmpty().Max();
            if (fullDates.Count > 0 && DateGrammar.Nearest(month, day, reference, past: false) is { } dated)
            {
                return document with { Published = dated };
            }

            if ((YearOfWeekday(document, wire.Index + wire.Length, month, day) ?? YearOfDateline(text, month)) is { } year
                && DateGrammar.Make(year, month, day) is { } guessed)
            {
                return document with
                {
                    Published = guessed,
                    PublishedInferred = true,
                    Warnings = document.Warnings.Add($"publication year inferred from the weekdays and years the text mentions ({guessed:yyyy-MM-dd})"),
                };
            }
        }

        if (fullDates.Count > 0)
        {
            // The latest day the text names, counting "Aug. 29" after "Aug. 27, 2024" in the same year.
            var latest = fullDates.Max(d => d.Date!.Value);
            foreach (System.Text.RegularExpressions.Match md in MonthDay().Matches(text))
            {
                if (DateGrammar.Make(latest.Year, DateGrammar.MonthNumber(md.Groups["m"].Value), int.Parse(md.Groups["d"].Value)) is { } day
                    && day > latest && day.DayNumber - latest.DayNumber <= 31)
                {
                    latest = day;
                }
            }

            return document with
            {
                Published = latest,
                PublishedInferred = true,
                PublishedIsEventDay = true,
                Warnings = document.Warnings.Add($"publication date inferred from the dates in the text ({latest:yyyy-MM-dd})"),
            };
        }

        return document;
    }
}

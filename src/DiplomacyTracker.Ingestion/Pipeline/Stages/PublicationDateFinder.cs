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
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<y>(?:19|20)\d\d)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex YearMention();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<d>\d{1,2})\b(?!\s*,?\s*\d{4})", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex MonthDay();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:Published|Updated|Posted|Last updated|Date)\s*:?\s*|[A-Z][A-Za-z .'-]{0,40},\s*)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HeaderPrefix();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[^\n]*?(?:(?:19|20)\d\d)\s*(?:[.,]?\s*$|,?\s*\d{1,2}:\d\d|\||\()", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
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

    private static readonly string[] Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    /// <summary>
    /// A dateline without a year whose lead names the weekday ("April 5 (UPI) -- X on Friday ..."): the latest past
    /// year in which that day fell on that weekday (or on the day after it, for a lead about the day before).
    /// </summary>
    private static int? YearOfWeekday(string text, int leadStart, int month, int day)
    {
        // Only the lead sentence: later sentences name the days of other events.
        var lead = text.Substring(leadStart, Math.Min(400, text.Length - leadStart));
        var end = lead.IndexOfAny(['\n', '.']);
        lead = end > 0 ? lead[..end] : lead;
        var named = Weekdays.Select((name, n) => (name, n)).Where(w => lead.Contains(w.name, StringComparison.Ordinal)).Select(w => (DayOfWeek)w.n).ToHashSet();
        if (named.Count == 0)
        {
            return null;
        }

        var thisYear = DateTime.UtcNow.Year;
        foreach (var shift in new[] { 0, -1 })
        {
            for (var year = thisYear; year > thisYear - 20; year--)
            {
                if (DateGrammar.Make(year, month, day) is { } date && named.Contains(date.AddDays(shift).DayOfWeek))
                {
                    return year;
                }
            }
        }

        return null;
    }

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

            if ((YearOfWeekday(text, wire.Index + wire.Length, month, day) ?? YearOfDateline(text, month)) is { } year
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

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
        if (HeaderPrefix().IsMatch(text[lineStart..index]))
        {
            return true;
        }

        // A caption's closing date is the day of its picture, which is the news of the day unless it is a file picture.
        var nextEnd = lineEnd < text.Length ? text.IndexOf('\n', lineEnd + 1) : -1;
        var credit = lineEnd < text.Length ? text[lineEnd..(nextEnd < 0 ? text.Length : nextEnd)] : "";
        return HeaderSuffix().IsMatch(text[index..lineEnd]) && !FilePicture().IsMatch(text[lineStart..lineEnd] + credit);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bfile\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FilePicture();

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

    /// <summary>Keyword dates ("Published 23.06.23") are looked for this far into the page: below its furniture.</summary>
    private const int KeywordReach = 2000;

    public ArticleDocument Run(ArticleDocument document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (document.Source.Published is { } published)
        {
            return document with { Published = DateOnly.FromDateTime(published.Date) };
        }

        var text = document.Text;
        if (KeywordDate(text[..Math.Min(text.Length, KeywordReach)]) is { } stated)
        {
            return document with { Published = stated };
        }

        var header = text[..Math.Min(text.Length, HeaderLength)];
        var fullDates = DateGrammar.FullDate().Matches(text).Select(m => (m.Index, Date: DateGrammar.Parse(m)))
            .Where(d => d.Date is not null).ToList();

        var inHeader = fullDates.Where(d => d.Index < header.Length && StandsAlone(text, d.Index)).ToList();
        if (inHeader.Count > 0)
        {
            return document with { Published = inHeader[0].Date };
        }

        var anniversary = YearEvidence.FromAnniversaries(text);
        if (DateGrammar.WireDateline().Match(header) is { Success: true } wire)
        {
            var month = DateGrammar.MonthNumber(wire.Groups["m"].Value);
            var day = int.Parse(wire.Groups["d"].Value);
            var reference = fullDates.Select(d => d.Date!.Value).DefaultIfEmpty().Max();
            if (fullDates.Count > 0 && DateGrammar.Nearest(month, day, reference, past: false) is { } dated && Math.Abs(dated.DayNumber - reference.DayNumber) <= 60)
            {
                return document with { Published = dated };
            }

            if ((YearEvidence.FromWeekdays(document, (month, day, wire.Index + wire.Length)) ?? anniversary ?? YearOfDateline(text, month)) is { } wireYear
                && DateGrammar.Make(wireYear, month, day) is { } guessed)
            {
                return document with
                {
                    Published = guessed,
                    PublishedInferred = true,
                    Warnings = document.Warnings.Add($"publication year inferred from the weekdays and years the text mentions ({guessed:yyyy-MM-dd})"),
                };
            }

            return document;
        }

        // No printed date: the latest day the text names, in the year its weekdays or anniversaries point at (a
        // photo caption's or history's full date does not outweigh them), else in the year of its latest full date.
        var weekdays = YearEvidence.Weekdays(document, null);
        var evidence = weekdays?.Year ?? anniversary;
        var days = fullDates.Select(d => d.Date!.Value).Where(d => evidence is not { } y || d.Year == y).Concat(weekdays?.Days ?? []).ToList();
        var year = evidence ?? (days.Count > 0 ? days.Max().Year : null);
        if (year is null)
        {
            return document;
        }

        var latest = days.Count > 0 ? days.Max() : (DateOnly?)null;
        foreach (System.Text.RegularExpressions.Match md in MonthDay().Matches(text))
        {
            // "Aug. 29" after "Aug. 27, 2024", in the same year; with no full date of that year, any day named in it.
            if (DateGrammar.Make(year.Value, DateGrammar.MonthNumber(md.Groups["m"].Value), int.Parse(md.Groups["d"].Value)) is { } day
                && !document.InDateline(md.Index)
                && (latest is not { } known ? evidence is not null : day > known && day.DayNumber - known.DayNumber <= 31))
            {
                latest = latest is { } l && l > day ? l : day;
            }
        }

        if (latest is not { } inferred)
        {
            return document;
        }

        return document with
        {
            Published = inferred,
            PublishedInferred = true,
            PublishedIsEventDay = true,
            Warnings = document.Warnings.Add($"publication date inferred from the dates in the text ({inferred:yyyy-MM-dd})"),
        };
    }

    /// <summary>A date a page states with its keyword: "Published" first, then "Posted", "Date" and "Updated".</summary>
    private static DateOnly? KeywordDate(string text)
    {
        var found = DateGrammar.KeywordDate().Matches(text)
            .Select(m => (Rank: m.Groups["kw"].Value.ToLowerInvariant() switch
            {
                "published" or "first published" => 0,
                "posted" => 1,
                "date" => 2,
                _ => 3,
            }, Date: ParseKeywordDate(m)))
            .Where(d => d.Date is not null)
            .OrderBy(d => d.Rank)
            .FirstOrDefault();
        return found.Date;
    }

    private static DateOnly? ParseKeywordDate(System.Text.RegularExpressions.Match m)
    {
        if (m.Groups["full"].Success)
        {
            return DateGrammar.FullDate().Match(m.Groups["full"].Value) is { Success: true } full ? DateGrammar.Parse(full) : null;
        }

        // "23.06.23": day first, as pages outside the United States write it.
        var year = int.Parse(m.Groups["y"].Value);
        year = year < 100 ? 2000 + year : year;
        return DateGrammar.Make(year, int.Parse(m.Groups["nm"].Value), int.Parse(m.Groups["d"].Value));
    }
}

using System.Text.RegularExpressions;

namespace DiplomacyTracker.Ingestion.Pipeline.Text;

/// <summary>The shapes dates take in news text, and helpers to turn their parts into numbers.</summary>
internal enum DateShape
{
    TwoMonthRange,
    Range,
    Full,
    MonthDay,
    Weekday,
    Relative,
    Month,
    Week,
    Year,
}

internal static partial class DateGrammar
{
    private const string Month =
        @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    private const string FullMonth =
        "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

    private const string Weekday = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    /// <summary>A complete date: "April 26, 2024", "26 April 2024", "04/26/2024", "2024-04-26".</summary>
    [GeneratedRegex(@"\b(?:(?<m>" + Month + @")\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)|(?<d>\d{1,2})\s+(?<m>" + Month + @"),?\s+(?<y>(?:19|20)\d\d)|(?<nm>\d{1,2})/(?<d>\d{1,2})/(?<y>(?:19|20)\d\d)|(?<y>(?:19|20)\d\d)-(?<nm>\d\d)-(?<d>\d\d))\b", RegexOptions.CultureInvariant)]
    public static partial Regex FullDate();

    /// <summary>Wire datelines without a year: "April 5 (UPI) --", "BEIJING, Aug. 28 (Xinhua) -", "Beijing, July 25 (AFP):",
    /// "HARBIN, May 17. /TASS/.".</summary>
    [GeneratedRegex(@"^(?:[A-Z][A-Za-z .'-]*,\s*)?(?<m>" + Month + @")\s+(?<d>\d{1,2})(?:\s*(?:\([^)\n]{1,30}\))?\s*[-:]|\s*\([^)\n]{1,30}\)\s|\.\s*/[A-Za-z]{2,12}/\.?)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    public static partial Regex WireDateline();

    /// <summary>A day named without its year ("Oct. 26", "26 October"), for pairing with a weekday.</summary>
    [GeneratedRegex(@"\b(?:(?<m>" + Month + @")\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d\d)|(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>" + Month + @")\b(?!,?\s*(?:19|20)\d\d))", RegexOptions.CultureInvariant)]
    public static partial Regex InYearlessDay();

    [GeneratedRegex(@"\b(?:from\s+|between\s+)?(?<m1>" + Month + @")\s+(?<d1>\d{1,2})(?:,?\s+\d{4})?\s*(?:-|to|through|until|and)\s*(?<m2>" + Month + @")\s+(?<d2>\d{1,2})(?:,?\s+(?<y>\d{4}))?", RegexOptions.CultureInvariant)]
    private static partial Regex TwoMonthRange();

    [GeneratedRegex(@"\b(?:from\s+|between\s+)?(?<m1>" + Month + @")\s+(?<d1>\d{1,2})\s*(?:-|to|through|until|and)\s*(?<d2>\d{1,2})\b(?:,?\s+(?<y>\d{4}))?", RegexOptions.CultureInvariant)]
    private static partial Regex Range();

    /// <summary>Day-first ranges: "from 24 to 27 August 2023", "30 November - 2 December".</summary>
    [GeneratedRegex(@"\b(?:from\s+|between\s+)?(?<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|to|through|until|and)\s*(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m1>" + Month + @")(?:,?\s+(?<y>(?:19|20)\d\d))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstRange();

    [GeneratedRegex(@"\b(?:from\s+|between\s+)?(?<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?<m1>" + Month + @")(?:,?\s+\d{4})?\s*(?:-|to|through|until|and)\s*(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m2>" + Month + @")(?:,?\s+(?<y>(?:19|20)\d\d))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstTwoMonthRange();

    [GeneratedRegex(@"\b(?:(?<m1>" + Month + @")\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)|(?<d1>\d{1,2})\s+(?<m1>" + Month + @"),?\s+(?<y>(?:19|20)\d\d))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Full();

    [GeneratedRegex(@"\b(?:(?<m1>" + Month + @")\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d)|(?<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?<m1>" + Month + @")\b(?!\s*,?\s*\d))", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:(?<mod>late|early|last|next|this|on|past|coming|Late|Early|Last|Next|This|On)\s+)?(?<day>" + Weekday + @")(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayMention();

    [GeneratedRegex(@"\b(?i:today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening)|(?:earlier|later) (?:in|on) (?:the|that) day|(?:earlier|later) that day|the same day|the day before|the (?:next|following) day|the (?:next|following) (?:morning|afternoon|evening)|the previous day|(?:a|one|two|three) days? (?:later|afterwards)|(?:a|one) day earlier)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\b(?<mmod>[Ll]ast|[Nn]ext|[Tt]his|[Ii]n|[Ee]arly|[Ll]ate|[Mm]id-?|[Ss]ince|[Ee]arlier this|[Ll]ater this)\s+(?<m1>" + FullMonth + @")\b(?!\s+\d{1,2}\b)(?:,?\s+(?<y>(?:19|20)\d\d)|\s+(?:of\s+)?(?<ymod>last|this|next)\s+year\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"\b(?<wmod>last|next|this|earlier this|later this|coming|Last|Next|This)\s+(?<unit>week|weekend|month)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WeekMention();

    [GeneratedRegex(@"\b(?:(?<ymod>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier this|[Ll]ater this) year|[Ii]n (?<y>(?:19|20)\d\d))\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearMention();

    /// <summary>A dateline in ordinary case with a date: "Mexico City, May 14, 2026 -", or a line of its own ("Manila, 15
    /// November 2025" atop a statement).</summary>
    [GeneratedRegex(@"^[A-Z][A-Za-z .'-]{1,40},\s*(?:" + Month + @"\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+" + Month + @",?\s+\d{4})\s*(?:(?:\([^)\n]{1,30}\))?\s*(?:-{1,2}|:)\s?|$)", RegexOptions.CultureInvariant)]
    public static partial Regex PlaceDateline();

    /// <summary>A date marker opening a saved page's text (" date 2024-07-29 "), which a dateline may follow on the same line.</summary>
    [GeneratedRegex(@"\G\s*date:?\s+(?:19|20)\d\d-\d\d-\d\d\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex DateMarker();

    /// <summary>A publication date introduced by its keyword: "Published 23.06.23", "Updated October 20, 2023", "Date: 2024-05-01".</summary>
    [GeneratedRegex(@"\b(?<kw>Published|Posted|Updated|Last updated|First published|Date)(?:\s+on)?\s*:?\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?\s+)?(?:(?<d>\d{1,2})\.(?<nm>\d{1,2})\.(?<y>(?:19|20)?\d\d)\b|(?<full>(?:" + Month + @")\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{1,2}\s+(?:" + Month + @"),?\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex KeywordDate();

    /// <summary>"marking 22 years since the 2001 attacks", "the 50th anniversary of ... 1974": the year the text is written in.</summary>
    [GeneratedRegex(@"\b(?:(?<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b(?:[^.;]|\.(?=\s+\d)){0,120}?\b(?<y>(?:19|20)\d\d)\b|(?<n>\d{1,3})\s+years\s+(?:since|after)\b(?:[^.;]|\.(?=\s+\d)){0,60}?\b(?<y>(?:19|20)\d\d)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Anniversary();

    /// <summary>The date shapes the stages resolve, most specific first; each is a small pattern with its own fast start.</summary>
    public static IReadOnlyList<(DateShape Shape, Regex Pattern)> Shapes { get; } =
    [
        (DateShape.TwoMonthRange, TwoMonthRange()),
        (DateShape.TwoMonthRange, DayFirstTwoMonthRange()),
        (DateShape.Range, Range()),
        (DateShape.Range, DayFirstRange()),
        (DateShape.Full, Full()),
        (DateShape.MonthDay, MonthDay()),
        (DateShape.Weekday, WeekdayMention()),
        (DateShape.Relative, Relative()),
        (DateShape.Month, MonthOnly()),
        (DateShape.Week, WeekMention()),
        (DateShape.Year, YearMention()),
    ];

    public static int MonthNumber(string text)
    {
        var t = text.TrimEnd('.').ToLowerInvariant();
        return t.Length < 3 ? 0 : t[..3] switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
            _ => 0,
        };
    }

    public static DayOfWeek? WeekdayOf(string text) => Enum.TryParse<DayOfWeek>(text, ignoreCase: true, out var d) ? d : null;

    public static DateOnly? Make(int year, int month, int day) =>
        year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    public static DateOnly? Parse(Match match)
    {
        if (!int.TryParse(match.Groups["y"].Value, out var year) || !int.TryParse(match.Groups["d"].Value, out var day))
        {
            return null;
        }

        var month = match.Groups["nm"].Success ? int.Parse(match.Groups["nm"].Value) : MonthNumber(match.Groups["m"].Value);
        if (month > 12 && day <= 12)
        {
            (month, day) = (day, month);
        }

        return Make(year, month, day);
    }

    /// <summary>
    /// The year that puts month/day closest to the reference date (before it when looking back, unless the day is weeks
    /// ahead and the one before is most of a year back).
    /// </summary>
    public static DateOnly? Nearest(int month, int day, DateOnly reference, bool past)
    {
        DateOnly? best = null;
        DateOnly? soon = null;
        foreach (var year in new[] { reference.Year - 1, reference.Year, reference.Year + 1 })
        {
            if (Make(year, month, day) is not { } candidate)
            {
                continue;
            }

            if (past && candidate.DayNumber > reference.DayNumber + 2)
            {
                soon ??= candidate.DayNumber - reference.DayNumber <= SoonDays ? candidate : null;
                continue;
            }

            if (best is null || Math.Abs(candidate.DayNumber - reference.DayNumber) < Math.Abs(best.Value.DayNumber - reference.DayNumber))
            {
                best = candidate;
            }
        }

        // "Feb. 10" in an article of Jan. 30 is the coming one, not a day almost a year before, whatever the tense.
        return past && soon is { } coming && (best is not { } last || reference.DayNumber - last.DayNumber > LongAgoDays) ? coming : best;
    }

    /// <summary>A day this close after the reference is the coming one when the same day of the year before is long past.</summary>
    private const int SoonDays = 60;

    private const int LongAgoDays = 240;
}

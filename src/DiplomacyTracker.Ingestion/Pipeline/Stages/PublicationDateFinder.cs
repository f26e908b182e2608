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

    private const int HeaderLength = 1500;

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

        var inHeader = fullDates.Where(d => d.Index < header.Length).ToList();
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

            if (YearOfDateline(text, month) is { } year && DateGrammar.Make(year, month, day) is { } guessed)
            {
                return document with
                {
                    Published = guessed,
                    PublishedInferred = true,
                    Warnings = document.Warnings.Add($"publication year inferred from the years the text mentions ({guessed:yyyy-MM-dd})"),
                };
            }
        }

        if (fullDates.Count > 0)
        {
            var latest = fullDates.Max(d => d.Date!.Value);
            return document with
            {
                Published = latest,
                PublishedInferred = true,
                Warnings = document.Warnings.Add($"publication date inferred from the dates in the text ({latest:yyyy-MM-dd})"),
            };
        }

        return document;
    }
}

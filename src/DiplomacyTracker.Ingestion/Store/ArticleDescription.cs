using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Reading;

namespace DiplomacyTracker.Ingestion.Store;

/// <summary>
/// An article's title, outlet, date and warnings. What the source states (an HTML page's own metadata, or what an
/// editor typed beside pasted text) wins; the extraction fills the gaps. The source's own statements are kept on
/// the row so a re-extraction starts from the same input.
/// </summary>
internal static class ArticleDescription
{
    public const string NoDate = "no date found";
    public const string NoVisit = "no visit found";

    public static void Apply(Article article, SourceDocument source, ExtractionResult result)
    {
        var stated = source.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : (DateOnly?)null;
        // What the extraction found is capped like what the source stated (StoredText).
        article.Title = Present(source.Title) ?? Present(StoredText.Field(result.Title, StoredText.MaxTitleLength))
            ?? StoredText.Field(Path.GetFileNameWithoutExtension(source.SourcePath), StoredText.MaxTitleLength)!;
        // The extraction's outlet is the stated one as the known outlet it names (a page's host "dw.com" is DW), or what the text says.
        article.Publisher = Present(StoredText.Field(result.Publisher, StoredText.MaxPublisherLength)) ?? Present(source.Publisher);
        article.Byline = Present(source.Byline);
        article.Published = stated ?? result.Published;
        article.PublishedInferred = stated is null && result.PublishedInferred;
        article.SourceTitle = Present(source.Title);
        article.SourcePublisher = Present(source.Publisher);
        article.SourcePublished = source.Published;
        article.OriginalUrl = Present(source.OriginalUrl) ?? StoredText.WebAddress(result.OriginalUrl);

        var warnings = result.Warnings.ToList();
        if (article.Published is null && !warnings.Contains(NoDate))
        {
            warnings.Add(NoDate);
        }
        if (result.Facts.Visits.Count == 0 && !warnings.Contains(NoVisit))
        {
            warnings.Add(NoVisit);
        }
        article.Warnings = warnings;
    }

    /// <summary>The document re-extraction reads: the stored text with what its source stated.</summary>
    public static SourceDocument SourceOf(Article article) =>
        new(article.SourcePath, article.Text, article.SourceTitle, article.SourcePublisher, article.Byline, article.SourcePublished, article.OriginalUrl);

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

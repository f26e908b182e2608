using AngleSharp.Html.Parser;

namespace DiplomacyTracker.Ingestion.Reading.Html;

/// <summary>Reads a saved news page: the story's text, and the headline, byline, outlet and time the page states.</summary>
internal sealed class HtmlArticleReader : IArticleReader
{
    // Fewer words than a one-sentence news brief means Readability found only page furniture.
    private const int MinWords = 12;

    public bool CanRead(string extension) => extension is ".html" or ".htm" or ".xhtml";

    public SourceDocument Read(string sourcePath, string content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        // A linear look at the raw markup first: what would take the parser and Readability minutes is refused in
        // milliseconds, with a reason.
        var shape = NestingDepth.Measure(content);
        if (shape.Depth > NestingDepth.Limit)
        {
            throw new ArticleReadException($"HTML page nests elements more than {NestingDepth.Limit} levels deep; it cannot be read safely");
        }

        if (shape.Elements > NestingDepth.ElementLimit)
        {
            throw new ArticleReadException($"HTML page has more than {NestingDepth.ElementLimit} elements; it cannot be read safely");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var document = new HtmlParser().ParseDocument(content);
        cancellationToken.ThrowIfCancellationRequested();
        // Metadata first: finding the body rewrites the document.
        var metadata = PageMetadata.Read(document);
        cancellationToken.ThrowIfCancellationRequested();
        var text = ArticleBody.Read(document, cancellationToken);
        if (text.Split(' ', '\n').Count(w => w.Any(char.IsLetterOrDigit)) < MinWords)
        {
            throw new ArticleReadException("HTML page has no article text");
        }
        return new SourceDocument(sourcePath, text, metadata.Title, metadata.Publisher, metadata.Byline, metadata.Published, metadata.OriginalUrl);
    }
}

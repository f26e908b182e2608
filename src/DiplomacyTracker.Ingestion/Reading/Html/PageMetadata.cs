using System.Globalization;
using AngleSharp.Dom;

namespace DiplomacyTracker.Ingestion.Reading.Html;

/// <summary>What a page states about its article: headline, byline, outlet and publication time.</summary>
internal sealed record PageMetadata(string? Title, string? Byline, string? Publisher, DateTimeOffset? Published, string? OriginalUrl = null)
{
    private static readonly string[] DateMetaNames =
    [
        "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created",
        "dcterms.date", "sailthru.date", "parsely-pub-date", "og:published_time",
    ];

    public static PageMetadata Read(IDocument document)
    {
        var jsonLd = JsonLdArticle.Find(document);
        var publisher = FindPublisher(document, jsonLd);
        var title = First(
            jsonLd?.Headline,
            Meta(document, "og:title"),
            SingleHeading(document),
            document.Title is { } t ? PlainText.Collapse(t) : null);
        return new PageMetadata(
            title is null ? null : PageTitle.StripSiteSuffix(title, publisher, Host(document)),
            FindByline(document, jsonLd),
            publisher,
            FindPublished(document, jsonLd),
            OriginalUrlOf(document));
    }

    private static string? FindPublisher(IDocument document, JsonLdArticle? jsonLd) =>
        First(Meta(document, "og:site_name"), jsonLd?.Publisher, Meta(document, "application-name"), Host(document));

    private static string? FindByline(IDocument document, JsonLdArticle? jsonLd)
    {
        var byline = First(
            Meta(document, "author") is { } a && !IsUrl(a) ? a : null,
            jsonLd?.Author,
            Text(document.QuerySelector("[rel='author']")),
            Text(document.QuerySelector("[itemprop='author'] [itemprop='name']")),
            Text(document.QuerySelector("[itemprop='author']")),
            FirstText(document, "[class*='byline']"),
            FirstText(document, "[class*='author']"));
        return byline is null ? null : Bylines.Clean(byline);
    }

    private static DateTimeOffset? FindPublished(IDocument document, JsonLdArticle? jsonLd)
    {
        var stated = new[]
            {
                Meta(document, "article:published_time"),
                jsonLd?.DatePublished,
                document.QuerySelector("[itemprop='datePublished']")?.GetAttribute("content"),
                document.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
            }
            .Concat(DateMetaNames.Select(n => Meta(document, n)));
        foreach (var value in stated.OfType<string>())
        {
            // A time without an offset is taken as UTC so the same page always gives the same instant.
            if (DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
            {
                return when;
            }
        }
        return null;
    }

    // A page's one <h1> is usually its headline; pages with several use them for logos and sections too.
    private static string? SingleHeading(IDocument document)
    {
        var headings = document.QuerySelectorAll("body h1").Select(Text).OfType<string>().ToList();
        return headings.Count == 1 ? headings[0] : null;
    }

    /// <summary>The story's own address: the canonical link, else <c>og:url</c>.</summary>
    private static string? OriginalUrlOf(IDocument document) =>
        First(document.QuerySelector("link[rel='canonical']")?.GetAttribute("href")?.Trim(), Meta(document, "og:url")) is { } url && IsUrl(url) ? url : null;

    private static string? Host(IDocument document)
    {
        var url = Meta(document, "og:url") ?? document.QuerySelector("link[rel='canonical']")?.GetAttribute("href");
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host
            : null;
    }

    private static string? Meta(IDocument document, string key)
    {
        var value = document.QuerySelectorAll("meta")
            .FirstOrDefault(m => string.Equals(m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop"), key, StringComparison.OrdinalIgnoreCase)
                && !string.IsNullOrWhiteSpace(m.GetAttribute("content")))
            ?.GetAttribute("content");
        return value is null ? null : PlainText.Collapse(value);
    }

    private static string? Text(IElement? element) =>
        element is null || PlainText.Collapse(element.TextContent) is not { Length: > 0 } text ? null : text;

    private static string? FirstText(IDocument document, string selector) =>
        document.QuerySelectorAll(selector).Select(Text).FirstOrDefault(t => t is not null);

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static bool IsUrl(string value) => value.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}

using System.Text.Json;
using AngleSharp.Dom;

namespace DiplomacyTracker.Ingestion.Reading.Html;

/// <summary>The schema.org article a page describes in its JSON-LD blocks, if any.</summary>
internal sealed class JsonLdArticle
{
    private static readonly string[] ArticleTypes =
        ["NewsArticle", "Article", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle", "BlogPosting", "WebPage"];

    private readonly JsonElement _article;

    private JsonLdArticle(JsonElement article) => _article = article;

    public string? Headline => Text(_article, "headline") ?? Text(_article, "name");

    public string? DatePublished => Text(_article, "datePublished");

    public string? Author => Names(_article, "author");

    public string? Publisher => Names(_article, "publisher");

    public static JsonLdArticle? Find(IDocument document)
    {
        var candidates = new List<JsonElement>();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(Unwrap(script.TextContent));
                Collect(json.RootElement.Clone(), candidates);
            }
            catch (JsonException)
            {
                // Pages ship broken JSON-LD often enough; the other metadata still counts.
            }
        }
        // An article type beats a generic web page; among equals, the first block wins.
        return candidates
            .Select(c => (Element: c, Rank: Array.FindIndex(ArticleTypes, t => HasType(c, t))))
            .Where(c => c.Rank >= 0)
            .OrderBy(c => c.Rank)
            .Select(c => new JsonLdArticle(c.Element))
            .FirstOrDefault();
    }

    // Some pages wrap the JSON in "<![CDATA[ ... ]]>" or comment markers; the JSON is what lies between the brackets.
    private static string Unwrap(string script)
    {
        script = script.Replace("<![CDATA[", "", StringComparison.Ordinal).Replace("]]>", "", StringComparison.Ordinal);
        var start = script.IndexOfAny(['{', '[']);
        var end = script.LastIndexOfAny(['}', ']']);
        return start >= 0 && end > start ? script[start..(end + 1)] : script;
    }

    private static void Collect(JsonElement node, List<JsonElement> into)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                Collect(item, into);
            }
        }
        else if (node.ValueKind == JsonValueKind.Object)
        {
            into.Add(node);
            if (node.TryGetProperty("@graph", out var graph))
            {
                Collect(graph, into);
            }
        }
    }

    private static bool HasType(JsonElement node, string type) =>
        node.TryGetProperty("@type", out var t) && t.ValueKind switch
        {
            JsonValueKind.String => t.GetString() == type,
            JsonValueKind.Array => t.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.String && x.GetString() == type),
            _ => false,
        };

    private static string? Text(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? NullIfBlank(PlainText.Collapse(value.GetString()!))
            : null;

    // "author": "A", {"name": "A"}, or a list of either.
    private static string? Names(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return null;
        }
        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        var names = items
            .Select(i => i.ValueKind == JsonValueKind.String ? NullIfBlank(i.GetString()!) : Text(i, "name"))
            .OfType<string>()
            .Distinct()
            .ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? NullIfBlank(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

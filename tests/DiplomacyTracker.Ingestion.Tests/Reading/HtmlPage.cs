namespace DiplomacyTracker.Ingestion.Tests.Reading;

/// <summary>Builds small news pages: a story of real-looking paragraphs inside whatever furniture a test adds.</summary>
internal static class HtmlPage
{
    public static readonly string[] Story =
    [
        "The foreign minister arrived in Nairobi on Tuesday for two days of talks with her Kenyan counterpart, officials said.",
        "The visit, the first by a minister in six years, is expected to focus on trade, security in the region and a long-delayed agreement on visas.",
        "Diplomats in both capitals said the talks had been prepared for months, and that a joint statement would follow on Wednesday evening.",
    ];

    public static string Paragraphs => string.Concat(Story.Select(s => $"<p>{s}</p>\n"));

    public static string With(string head = "", string before = "", string inside = "", string after = "") => $"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8">{head}</head>
        <body>
        {before}
        <article><div class="story-body">{Paragraphs}{inside}</div></article>
        {after}
        </body></html>
        """;
}

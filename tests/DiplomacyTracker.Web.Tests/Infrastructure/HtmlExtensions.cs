using AngleSharp.Dom;

namespace DiplomacyTracker.Web.Tests.Infrastructure;

public static class HtmlExtensions
{
    /// <summary>The href of every element matching <paramref name="selector"/>, in document order.</summary>
    public static string[] Hrefs(this IParentNode node, string selector) =>
        node.QuerySelectorAll(selector).Select(a => a.GetAttribute("href") ?? "").ToArray();

    /// <summary>The trimmed text of every element matching <paramref name="selector"/>, in document order.</summary>
    public static string[] Texts(this IParentNode node, string selector) =>
        node.QuerySelectorAll(selector).Select(e => string.Join(' ', e.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToArray();
}

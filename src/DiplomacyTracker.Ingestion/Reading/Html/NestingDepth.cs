namespace DiplomacyTracker.Ingestion.Reading.Html;

/// <summary>
/// How deeply a page's elements nest, measured on the raw markup before parsing. Readability-style scoring walks
/// ancestors for every paragraph, so markup nested thousands of levels deep (hostile, or broken beyond repair)
/// takes minutes to read; real news pages stay well under a hundred levels.
/// </summary>
internal static class NestingDepth
{
    public const int Limit = 400;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "!doctype",
        // End tags a page may leave out: they close by themselves, so they never pile up.
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "rt", "rp", "caption", "colgroup",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "template"];

    /// <summary>The deepest nesting of open elements, or <see cref="Limit"/> + 1 as soon as it goes past the limit.</summary>
    public static int Of(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        int depth = 0, deepest = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0)
                {
                    break;
                }

                i = end;
                continue;
            }

            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var stop = start;
            while (stop < html.Length && (char.IsLetterOrDigit(html[stop]) || html[stop] is '!' or '-'))
            {
                stop++;
            }

            if (stop == start)
            {
                continue;
            }

            var name = html[start..stop];
            if (!closing && RawText.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                // Their content is not markup ("a<b" in a script is no tag).
                var end = html.IndexOf("</" + name, stop, StringComparison.OrdinalIgnoreCase);
                if (end < 0)
                {
                    break;
                }

                i = end + 1;
                continue;
            }

            var close = html.IndexOf('>', stop);
            var selfClosing = close > 0 && html[close - 1] == '/';
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!selfClosing && !VoidElements.Contains(name))
            {
                depth++;
                deepest = Math.Max(deepest, depth);
                if (deepest > Limit)
                {
                    return deepest;
                }
            }
        }

        return deepest;
    }
}

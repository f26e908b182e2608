namespace DiplomacyTracker.Ingestion.Reading.Html;

/// <summary>
/// How deeply a page's elements nest, and how many there are, measured on the raw markup before parsing.
/// Readability-style scoring walks ancestors for every paragraph, so markup nested thousands of levels deep (hostile,
/// or broken beyond repair) takes minutes to read; real news pages stay well under a hundred levels and a few
/// thousand elements.
/// </summary>
/// <remarks>
/// One pass, each character looked at a bounded number of times: no search restarts from a tag's start (a page of
/// unterminated tags like <c>&lt;/a&lt;/a…</c> made the old check quadratic). It follows the parser where the parser
/// nests: an end tag closes only an element that is open (<c>&lt;div&gt;&lt;/x&gt;</c> still nests), and
/// <c>&lt;div/&gt;</c> is an open <c>div</c> in HTML — the slash counts only inside <c>svg</c> or <c>math</c>.
/// </remarks>
internal static class NestingDepth
{
    public const int Limit = 400;

    /// <summary>Start tags a page may have; far above any news page, far below what takes Readability minutes.</summary>
    public const int ElementLimit = 50_000;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "!doctype",
        // End tags a page may leave out: they close by themselves, so they never pile up.
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "rt", "rp", "caption", "colgroup",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "template", "title", "xmp", "noembed", "noframes" };

    private static readonly HashSet<string> Foreign = new(StringComparer.OrdinalIgnoreCase) { "svg", "math" };

    /// <summary>The deepest nesting of open elements, or <see cref="Limit"/> + 1 as soon as it goes past the limit.</summary>
    public static int Of(string html) => Measure(html).Depth;

    /// <summary>
    /// The deepest nesting, the number of start tags and how many characters the scan looked at (at most a small
    /// multiple of the length: the scan is linear). Stops early once either limit is passed.
    /// </summary>
    public static (int Depth, int Elements, long Steps) Measure(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var open = new List<string>();
        var openCount = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int deepest = 0, elements = 0, foreignDepth = 0;
        long steps = 0;
        var i = 0;
        while (i < html.Length)
        {
            steps++;
            if (html[i] != '<')
            {
                i++;
                continue;
            }

            if (html.AsSpan(i).StartsWith("<!--"))
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                steps += (end < 0 ? html.Length : end) - i;
                if (end < 0)
                {
                    break;
                }

                i = end + 3;
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var stop = start;
            while (stop < html.Length && (char.IsAsciiLetterOrDigit(html[stop]) || html[stop] is '!' or '-' or ':' or '_'))
            {
                stop++;
            }

            steps += stop - i;
            if (stop == start || (start < html.Length && !char.IsAsciiLetter(html[start]) && html[start] != '!'))
            {
                // "a < b", "<3": text, not a tag.
                i = Math.Max(stop, i + 1);
                continue;
            }

            var (close, selfClosing) = TagEnd(html, stop);
            steps += close - stop;
            if (close >= html.Length)
            {
                // The rest of the file is one unterminated tag: the parser drops it.
                break;
            }

            i = close + 1;
            var name = html[start..stop];
            if (closing)
            {
                if (openCount.GetValueOrDefault(name) > 0)
                {
                    // Pops up to the element it names; each element is pushed once, so popping stays linear overall.
                    while (open.Count > 0)
                    {
                        var top = open[^1];
                        open.RemoveAt(open.Count - 1);
                        openCount[top]--;
                        foreignDepth -= Foreign.Contains(top) ? 1 : 0;
                        steps++;
                        if (string.Equals(top, name, StringComparison.OrdinalIgnoreCase))
                        {
                            break;
                        }
                    }
                }

                continue;
            }

            elements++;
            if (elements > ElementLimit)
            {
                return (deepest, elements, steps);
            }

            if (VoidElements.Contains(name) || (selfClosing && foreignDepth > 0))
            {
                continue;
            }

            if (RawText.Contains(name))
            {
                // Their content is not markup ("a<b" in a script is no tag).
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                steps += (end < 0 ? html.Length : end) - i;
                if (end < 0)
                {
                    break;
                }

                i = end;
                continue;
            }

            open.Add(name);
            openCount[name] = openCount.GetValueOrDefault(name) + 1;
            foreignDepth += Foreign.Contains(name) ? 1 : 0;
            deepest = Math.Max(deepest, open.Count);
            if (deepest > Limit)
            {
                return (deepest, elements, steps);
            }
        }

        return (deepest, elements, steps);
    }

    // The '>' that ends a tag whose name ends at `from`, skipping quoted attribute values; html.Length when none does.
    private static (int Close, bool SelfClosing) TagEnd(string html, int from)
    {
        var quote = '\0';
        for (var j = from; j < html.Length; j++)
        {
            var c = html[j];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'' && j > from && html[j - 1] == '=')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return (j, html[j - 1] == '/');
            }
        }

        return (html.Length, false);
    }
}

namespace DiplomacyTracker.Web.Browsing;

/// <summary>
/// A piece of text with the words that matched a search marked. FTS5's snippet() and highlight() (PostgreSQL's
/// ts_headline) wrap matches in two control characters (never HTML), which are split out here so the page encodes
/// every character of the text.
/// </summary>
public sealed record Snippet(IReadOnlyList<Snippet.Run> Runs)
{
    public const char Open = '\u0002';
    public const char Close = '\u0003';

    /// <summary>The SQL literals for the markers, for snippet()/highlight() arguments.</summary>
    public const string OpenSql = "char(2)";
    public const string CloseSql = "char(3)";

    public sealed record Run(string Text, bool IsMatch);

    public static Snippet Parse(string? marked)
    {
        var runs = new List<Run>();
        if (string.IsNullOrEmpty(marked))
        {
            return new Snippet(runs);
        }

        var at = 0;
        while (at < marked.Length)
        {
            var open = marked.IndexOf(Open, at);
            if (open < 0)
            {
                runs.Add(new Run(Clean(marked[at..]), false));
                break;
            }

            if (open > at)
            {
                runs.Add(new Run(Clean(marked[at..open]), false));
            }

            var close = marked.IndexOf(Close, open + 1);
            var end = close < 0 ? marked.Length : close;
            runs.Add(new Run(Clean(marked[(open + 1)..end]), true));
            at = close < 0 ? marked.Length : close + 1;
        }

        return new Snippet(runs);
    }

    private static string Clean(string text) => text.Replace(Open.ToString(), "", StringComparison.Ordinal).Replace(Close.ToString(), "", StringComparison.Ordinal);
}

using System.Text.RegularExpressions;

namespace DiplomacyTracker.Ingestion.Pipeline.Knowledge;

/// <summary>
/// Builds one regular expression from a lexicon's phrases. Lexicon patterns come from users, so every match runs
/// under a time limit (a runaway pattern fails one article, with a warning, instead of hanging ingestion).
/// </summary>
internal static class PatternSet
{
    /// <summary>As long as the app's default match timeout (Program.cs): long enough that a busy machine's first match
    /// of a large compiled pattern does not fail an ordinary article, short enough to stop a runaway pattern.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static Regex Alternation(IEnumerable<string> patterns, bool wordBoundaries = true)
    {
        var ordered = patterns.Where(p => !string.IsNullOrWhiteSpace(p)).OrderByDescending(p => p.Length);
        var body = string.Join("|", ordered.Select(p => $"(?:{p})"));
        if (body.Length == 0)
        {
            body = "(?!)";
        }

        return Create(wordBoundaries ? $@"\b(?:{body})\b" : body, RegexOptions.IgnoreCase);
    }

    /// <summary>Matches a whole phrase that is one of the patterns (to ask which kind a phrase already found is).</summary>
    public static Regex Whole(IEnumerable<string> patterns)
    {
        var body = string.Join("|", patterns.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => $"(?:{p})"));
        return Create(body.Length == 0 ? "(?!)" : $@"^(?:{body})$", RegexOptions.IgnoreCase);
    }

    public static Regex Create(string pattern, RegexOptions options = RegexOptions.None)
    {
        return new Regex(pattern, options | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled, Timeout);
    }

    /// <summary>
    /// One of many small patterns (hundreds of issue phrases): interpreted, since compiling each costs milliseconds at
    /// start-up and a small pattern with a literal start is found by the same vectorised search either way.
    /// </summary>
    public static Regex CreateSmall(string pattern, RegexOptions options = RegexOptions.None)
    {
        return new Regex(pattern, options | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout);
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DiplomacyTracker.Ingestion.Pipeline.Knowledge;

/// <summary>
/// The issue taxonomy of Lexicon/issues.json, checked when loaded: unique slugs, a name, a description and patterns
/// that compile for every issue, places the gazetteer knows. Also the page furniture that raises no issue (site
/// notices, bylines, links to other stories) and the shape of a dateline written in ordinary case ("Hong Kong (CNN) —").
/// </summary>
internal sealed class IssueTaxonomy
{
    private const string File = "issues.json";

    private readonly Dictionary<string, Dictionary<string, string>> _placeNames;

    private IssueTaxonomy(JsonElement file, Func<string, IReadOnlyList<string>?> placeNames)
    {
        if (!file.TryGetProperty("issues", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            throw Invalid("'issues' must be an array of issues");
        }

        var issues = new List<IssueDefinition>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        _placeNames = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var entry in entries.EnumerateArray())
        {
            var slug = LexiconFiles.String(entry, "slug") ?? "";
            var where = slug.Length > 0 ? $"issue '{slug}'" : $"issue number {issues.Count + 1}";
            if (slug.Length == 0)
            {
                throw Invalid($"{where} has no slug");
            }

            if (!slugs.Add(slug))
            {
                throw Invalid($"the slug '{slug}' is used by two issues; slugs must be unique");
            }

            var name = LexiconFiles.String(entry, "name") ?? "";
            var description = LexiconFiles.String(entry, "description") ?? "";
            var patterns = LexiconFiles.Strings(entry, "patterns").ToList();
            if (name.Trim().Length == 0 || description.Trim().Length == 0)
            {
                throw Invalid($"{where} needs a name and a description");
            }

            if (patterns.Count == 0)
            {
                throw Invalid($"{where} has no patterns");
            }

            foreach (var pattern in patterns)
            {
                Check(pattern, $"{where}: the pattern \"{pattern}\"");
            }

            var places = LexiconFiles.Strings(entry, "places").ToList();
            var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var place in places)
            {
                var known = placeNames(place) ?? throw Invalid($"{where}: the place '{place}' is neither a country of countries.json nor a city of cities.json");
                foreach (var alias in known.Append(place))
                {
                    names.TryAdd(alias, place);
                }
            }

            _placeNames[slug] = names;
            issues.Add(new IssueDefinition(slug, name, description, patterns) { Places = places });
        }

        Issues = issues;

        // One regex per pattern, not one alternation of them all: each finds its first word with a vectorised search,
        // where an alternation of hundreds of patterns tries every branch at every word (thirty times slower).
        // A pattern whose every match begins a word with letters it fixes is tried only where such a word begins.
        _patterns = issues.SelectMany((issue, n) => issue.Patterns.Select(p => WordStarts(p) is { } fixedStarts
                ? new IssuePattern(n, PatternSet.CreateSmall($@"\G\b(?:{p})", RegexOptions.IgnoreCase), fixedStarts)
                : new IssuePattern(n, PatternSet.CreateSmall($@"\b(?:{p})", RegexOptions.IgnoreCase), null)))
            .ToList();

        var furniture = LexiconFiles.Strings(file, "furniture").ToList();
        furniture.ForEach(p => Check(p, $"furniture: the pattern \"{p}\""));
        Furniture = PatternSet.Alternation(furniture, wordBoundaries: false);

        InstitutionNames = new InstitutionNames(LexiconFiles.Strings(file, "institutionHeads").ToHashSet(StringComparer.Ordinal));

        var lead = LexiconFiles.String(file, "datelineLead") ?? "(?!)";
        Check(lead, $"datelineLead: the pattern \"{lead}\"");
        DatelineLead = PatternSet.Create(lead);
    }

    public IReadOnlyList<IssueDefinition> Issues { get; }

    private readonly List<IssuePattern> _patterns;

    /// <summary>
    /// An issue's pattern; <paramref name="Starts"/> are the three letters (lower case) one of which every match
    /// begins a word with, when the pattern fixes them, and then <paramref name="Regex"/> matches only where it starts.
    /// </summary>
    private sealed record IssuePattern(int Issue, Regex Regex, (char, char, char)[]? Starts);

    /// <summary>
    /// The three letters one of which every match of a pattern begins a word with, when the pattern fixes them:
    /// "fentanyl" → "fen"; "(?:student|youth) exchanges" → "stu", "you"; none for "s?anctions", "(?:EV|car)" or
    /// "(?:a|b)?c".
    /// </summary>
    private static (char, char, char)[]? WordStarts(string pattern)
    {
        var p = pattern.StartsWith(@"\b", StringComparison.Ordinal) ? pattern[2..] : pattern;
        if (HasTopLevelAlternation(p))
        {
            return null;
        }

        if (p.StartsWith("(?:", StringComparison.Ordinal) && ClosingParenthesis(p) is int close
            && !(close + 1 < p.Length && p[close + 1] is '?' or '*' or '{'))
        {
            var branches = TopLevelBranches(p[3..close]);
            var starts = branches.Select(b => WordStarts(b)).ToList();
            return starts.Any(s => s is null) ? null : starts.SelectMany(s => s!).Distinct().ToArray();
        }

        for (var i = 0; i < 3; i++)
        {
            var optional = i + 1 < p.Length && p[i + 1] is '?' or '*' or '{';
            if (i >= p.Length || !char.IsAsciiLetter(p[i]) || optional)
            {
                return null;
            }
        }

        return [(char.ToLowerInvariant(p[0]), char.ToLowerInvariant(p[1]), char.ToLowerInvariant(p[2]))];
    }

    /// <summary>Where the group opening the pattern closes, if it does.</summary>
    private static int? ClosingParenthesis(string pattern)
    {
        var depth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    if (--depth == 0)
                    {
                        return pattern[i] == ')' ? i : null;
                    }

                    break;
            }
        }

        return null;
    }

    private static List<string> TopLevelBranches(string pattern)
    {
        var branches = new List<string>();
        var depth = 0;
        var from = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth--;
                    break;
                case '|' when depth == 0:
                    branches.Add(pattern[from..i]);
                    from = i + 1;
                    break;
            }
        }

        branches.Add(pattern[from..]);
        return branches;
    }

    private static bool HasTopLevelAlternation(string pattern) => TopLevelBranches(pattern).Count > 1;

    /// <summary>Where each word of the text that has three letters begins, by its first three letters (lower case).</summary>
    private static Dictionary<(char, char, char), List<int>> WordStartsIn(string text)
    {
        var starts = new Dictionary<(char, char, char), List<int>>();
        for (var i = 0; i + 3 <= text.Length; i++)
        {
            if ((i > 0 && IsWordChar(text[i - 1])) || !char.IsLetter(text[i]) || !char.IsLetter(text[i + 1]) || !char.IsLetter(text[i + 2]))
            {
                continue;
            }

            var key = (char.ToLowerInvariant(text[i]), char.ToLowerInvariant(text[i + 1]), char.ToLowerInvariant(text[i + 2]));
            if (!starts.TryGetValue(key, out var at))
            {
                starts[key] = at = [];
            }

            at.Add(i);
        }

        return starts;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation;

    /// <summary>
    /// Where the text names an issue, in text order, never overlapping: of two matches that overlap the one that starts
    /// first wins, then the issue listed first ("nuclear energy" is nuclear energy, not energy; "palm oil" is food).
    /// </summary>
    public IReadOnlyList<IssueHit> Find(string text, CancellationToken cancellationToken)
    {
        var hits = new List<(IssueHit Hit, int Order)>();
        var starts = WordStartsIn(text);
        for (var k = 0; k < _patterns.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pattern = _patterns[k];
            if (pattern.Starts is null)
            {
                for (var match = pattern.Regex.Match(text); match.Success; match = match.NextMatch())
                {
                    hits.Add((new IssueHit(match.Index, match.Length, pattern.Issue), k));
                }

                continue;
            }

            // Tried at each word the pattern can begin with, in text order; like a search from left to right, a match
            // is not overlapped by the next one of the same pattern.
            var next = 0;
            foreach (var at in Positions(starts, pattern.Starts))
            {
                if (at < next)
                {
                    continue;
                }

                var match = pattern.Regex.Match(text, at);
                if (match.Success)
                {
                    hits.Add((new IssueHit(match.Index, match.Length, pattern.Issue), k));
                    next = match.Index + Math.Max(1, match.Length);
                }
            }
        }

        hits.Sort((a, b) => a.Hit.Start != b.Hit.Start ? a.Hit.Start.CompareTo(b.Hit.Start) : a.Order.CompareTo(b.Order));
        var found = new List<IssueHit>();
        var end = 0;
        foreach (var (hit, _) in hits)
        {
            if (hit.Start >= end)
            {
                found.Add(hit);
                end = hit.Start + hit.Length;
            }
        }

        return found;
    }

    private static IEnumerable<int> Positions(Dictionary<(char, char, char), List<int>> starts, (char, char, char)[] letters)
    {
        if (letters.Length == 1)
        {
            return starts.TryGetValue(letters[0], out var at) ? at : [];
        }

        var all = new List<int>();
        foreach (var key in letters)
        {
            if (starts.TryGetValue(key, out var at))
            {
                all.AddRange(at);
            }
        }

        all.Sort();
        return all;
    }

    /// <summary>A line of the page that is no part of the story: a site notice, a byline, a link to another story.</summary>
    public Regex Furniture { get; }

    /// <summary>Names made an institution's or a building's by a word of issues.json 'institutionHeads' ("Health Ministry", "Democratic Party").</summary>
    public InstitutionNames InstitutionNames { get; }

    /// <summary>A dateline at the start of a line in ordinary case: a place, an agency in parentheses, a dash.</summary>
    public Regex DatelineLead { get; }

    /// <summary>Whether <paramref name="text"/> is a name of one of the places an issue is about ("DPRK" for North Korea).</summary>
    public bool NamesPlace(string slug, string text, out string place)
    {
        place = "";
        if (!_placeNames.TryGetValue(slug, out var names) || names.Count == 0)
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.EndsWith("'s", StringComparison.Ordinal) || trimmed.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            trimmed = trimmed[..^2];
        }

        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[4..];
        }

        if (!names.TryGetValue(trimmed, out var named))
        {
            return false;
        }

        place = named;
        return true;
    }

    /// <summary>Reads and checks issues.json; <paramref name="placeNames"/> gives every name of a known country or city.</summary>
    public static IssueTaxonomy Load(string folder, Func<string, IReadOnlyList<string>?> placeNames) =>
        new(LexiconFiles.Read(folder, File), placeNames);

    private static void Check(string pattern, string what)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
        catch (ArgumentException e)
        {
            throw Invalid($"{what} is not a valid regular expression: {e.Message}");
        }
    }

    private static InvalidDataException Invalid(string message) => new($"{File}: {message}");
}

using System.Text.Json;
using System.Text.RegularExpressions;

namespace DiplomacyTracker.Ingestion.Pipeline.Knowledge;

/// <summary>
/// The outlets the tracker knows (Lexicon/outlets.json) and how an article's text names its own: page furniture
/// only that outlet's pages carry ("Skip to more DW sites"), a dateline ("BEIJING (AP) —", "(Xinhua) --"), a byline
/// ("By Ana Ribeiro, Agência Exemplo"), a <c>Source:</c> line, a masthead line, someone who "told VOA", a credit line
/// ("VOA Mandarin contributed to this report"), or a <c>URL:</c> line's host. Names an article gives in a dateline or
/// byline count even when the outlet is not in the file; the file turns aliases into one name.
/// </summary>
public sealed partial class Outlets
{
    private const int HeadLines = 40;
    private const int TailLines = 15;
    private const int MaxOutletLength = 60;

    private readonly Dictionary<string, string> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _byDomain = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Phrase, string Outlet)> _furniture = [];
    private readonly Dictionary<string, string> _countryOf = new(StringComparer.OrdinalIgnoreCase);

    public static Outlets Load(string folder)
    {
        var outlets = new Outlets();
        var root = LexiconFiles.Read(folder, "outlets.json");
        if (!root.TryGetProperty("outlets", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("Lexicon file outlets.json: an 'outlets' array is required");
        }

        foreach (var entry in list.EnumerateArray())
        {
            var name = LexiconFiles.String(entry, "name")?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                throw new InvalidDataException("Lexicon file outlets.json: every outlet needs a 'name'");
            }

            foreach (var alias in LexiconFiles.Strings(entry, "aliases").Append(name).Select(a => a.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (outlets._byName.TryGetValue(alias, out var other) && other != name)
                {
                    throw new InvalidDataException($"Lexicon file outlets.json: '{alias}' names both {other} and {name}");
                }

                outlets._byName[alias] = name;
            }

            foreach (var domain in LexiconFiles.Strings(entry, "domains"))
            {
                if (!domain.Contains('.', StringComparison.Ordinal) || domain.Contains('/', StringComparison.Ordinal) || domain.Contains(' ', StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"Lexicon file outlets.json: '{domain}' ({name}) is not a host name like 'apnews.com'");
                }

                outlets._byDomain[domain.Trim()] = name;
            }

            outlets._furniture.AddRange(LexiconFiles.Strings(entry, "furniture").Select(f => (f, name)));
            if (LexiconFiles.String(entry, "country")?.Trim() is { Length: > 0 } country)
            {
                outlets._countryOf[name] = country;
            }
        }

        return outlets;
    }

    /// <summary>The countries national outlets belong to (outlet name: country), for checking against the country table.</summary>
    public IReadOnlyDictionary<string, string> Countries => _countryOf;

    /// <summary>The country a national outlet belongs to; null for an international one or an unknown name.</summary>
    public string? CountryOf(string? outlet) => Known(outlet) is { } known && _countryOf.TryGetValue(known, out var country) ? country : null;

    /// <summary>The known outlet this name or alias stands for, if any.</summary>
    public string? Known(string? name) =>
        name is not null && _byName.TryGetValue(Collapse(name), out var outlet) ? outlet : null;

    /// <summary>The known outlet that publishes under this host (or a parent domain of it).</summary>
    public string? OfHost(string? host)
    {
        for (var h = host?.Trim().TrimEnd('.') ?? ""; h.Contains('.', StringComparison.Ordinal); h = h[(h.IndexOf('.', StringComparison.Ordinal) + 1)..])
        {
            if (_byDomain.TryGetValue(h, out var outlet))
            {
                return outlet;
            }
        }

        return null;
    }

    /// <summary>A name a source states (a page's <c>og:site_name</c> or host, an editor's entry), as the known outlet where it is one.</summary>
    public string? Normalise(string? stated) =>
        string.IsNullOrWhiteSpace(stated) ? null : Known(stated) ?? OfHost(stated) ?? stated.Trim();

    /// <summary>The outlet and original address the text itself gives; either may be null.</summary>
    public (string? Outlet, string? OriginalUrl) Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A saved page's date marker (" date 2024-05-15 ...") is not part of the line it opens.
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(l => DateMarker().Replace(l, "")).Where(l => l.Length > 0).ToArray();
        var head = lines.Take(HeadLines).ToList();
        var tail = lines.Skip(Math.Max(HeadLines, lines.Length - TailLines)).ToList();
        var url = head.Select(l => UrlLine().Match(l)).Where(m => m.Success).Select(m => m.Groups["url"].Value).FirstOrDefault();
        var outlet = Furniture(head.Concat(tail))
                     ?? FirstMatch(head, Dateline())
                     ?? FirstMatch(head, SlashDateline())
                     ?? FirstMatch(head, Byline())
                     ?? FirstMatch(head, SourceLine())
                     ?? head.Take(5).Select(Known).FirstOrDefault(o => o is not null)
                     ?? Told(text)
                     ?? tail.Select(Credit).FirstOrDefault(o => o is not null)
                     ?? (Uri.TryCreate(url, UriKind.Absolute, out var uri) ? OfHost(uri.Host) : null);
        return (outlet, url);
    }

    private string? Furniture(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            foreach (var (phrase, outlet) in _furniture)
            {
                if (line.Contains(phrase, StringComparison.OrdinalIgnoreCase))
                {
                    return outlet;
                }
            }
        }

        return null;
    }

    /// <summary>The outlet a pattern's <c>outlet</c> group names on the first line it matches: the known name, else as written.</summary>
    private string? FirstMatch(IEnumerable<string> lines, Regex pattern)
    {
        foreach (var line in lines)
        {
            var match = pattern.Match(line);
            if (match.Success && Collapse(match.Groups["outlet"].Value) is { Length: > 1 and <= MaxOutletLength } name && !name.Any(char.IsDigit))
            {
                // "(AFP/APP)": the agency first, then who carried it. A name the file does not know counts only in a
                // dateline that looks like one: a place in capitals ("LIMA (Agência Exemplo) —") or a day before it.
                var known = Known(name) ?? name.Split('/').Select(Known).FirstOrDefault(o => o is not null);
                var place = match.Groups["place"];
                if (known is not null || !place.Success || !place.Value.Any(char.IsLower) || place.Value.Any(char.IsDigit))
                {
                    return known ?? name;
                }
            }
        }

        return null;
    }

    /// <summary>People speak to the outlet that publishes them: "told VOA", "told Reuters" (known outlets only).</summary>
    private string? Told(string text) =>
        Told().Matches(text).Select(m => Known(m.Groups["outlet"].Value) ?? Known(FirstWord(m.Groups["outlet"].Value))).FirstOrDefault(o => o is not null);

    /// <summary>"VOA Mandarin contributed to this report": the longest known name the credit starts with.</summary>
    private string? Credit(string line)
    {
        var match = CreditLine().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var words = match.Groups["who"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(words.Length, 5); n > 0; n--)
        {
            if (Known(string.Join(' ', words.Take(n))) is { } outlet)
            {
                return outlet;
            }
        }

        return null;
    }

    private static string FirstWord(string value) => value.Split(' ', 2)[0];

    private static string Collapse(string value) => string.Join(' ', value.Split((char[])[' ', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)).Trim(',', '.', ':', ';');

    // "BEIJING (AP) —", "BEIJING, April 26 (Xinhua) --", "Hong Kong (CNN) —", "Beijing, 6 November 2023 (TDI):", "(Bloomberg) --"
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*[^()\n]{1,25}?)?\s*)?\((?<outlet>\p{Lu}[^()\d]{1,59})\)\s*(?:—|–|--|-|:)", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    // "HARBIN, May 17. /TASS/."
    [GeneratedRegex(@"^\p{Lu}[\p{L} .'’-]{1,40}, [^/\n]{1,25}?/(?<outlet>[^/\n\d]{2,40})/\.", RegexOptions.CultureInvariant)]
    private static partial Regex SlashDateline();

    [GeneratedRegex(@"^\s*date:?\s+(?:19|20)\d\d-\d\d-\d\d\b\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateMarker();

    // "By Ana Ribeiro, Agência Exemplo", "By Jane Doe and John Roe | Reuters"
    [GeneratedRegex(@"^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s+and\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?\s*(?:,|\||—|–| - )\s*(?<outlet>\p{Lu}[^,|\n]{1,60})$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    // "Source: Reuters" (an address on a Source: line is the original URL instead)
    [GeneratedRegex(@"^(?:Source|Outlet|Publisher)\s*:\s*(?!https?://)(?<outlet>\p{Lu}[^\n]{1,60})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"^(?:URL|Source|Original(?: URL)?|Link)\s*:\s*(?<url>https?://\S+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UrlLine();

    [GeneratedRegex(@"\btold (?<outlet>\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Told();

    [GeneratedRegex(@"^(?<who>\p{Lu}[^\n]{1,80}?) contributed to this report\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditLine();
}

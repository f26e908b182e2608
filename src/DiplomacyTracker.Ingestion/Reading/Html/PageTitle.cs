namespace DiplomacyTracker.Ingestion.Reading.Html;

/// <summary>Strips the outlet's name that pages append to headlines ("... - The New York Times", "... | CNN").</summary>
internal static class PageTitle
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · "];

    // Only a segment naming the outlet goes: a trailing "| Eleanor Ainge Roy" is part of an opinion headline.
    public static string StripSiteSuffix(string title, string? publisher, string? host)
    {
        var names = new[] { publisher, host, HostName(host) }.OfType<string>().Select(Simplify).Where(n => n.Length > 0).ToList();
        while (LastSeparator(title) is { } at && at > 0)
        {
            var suffix = Simplify(title[at..].TrimStart('|', '-', '–', '—', ':', '«', '»', '·', ' '));
            if (suffix.Length == 0 || !names.Any(n => suffix == n || suffix.Contains(n, StringComparison.Ordinal) || n.Contains(suffix, StringComparison.Ordinal)))
            {
                break;
            }
            title = title[..at].TrimEnd();
        }
        return title;
    }

    private static int? LastSeparator(string title)
    {
        var at = Separators.Max(s => title.LastIndexOf(s, StringComparison.Ordinal));
        return at < 0 ? null : at;
    }

    // "nytimes.com" → "nytimes", so "NYTimes.com" and "The New York Times" style suffixes can meet the host.
    private static string? HostName(string? host) => host?.Split('.') is { Length: >= 2 } parts ? parts[^2] : null;

    private static string Simplify(string name)
    {
        var letters = new string(name.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
        return letters.StartsWith("the", StringComparison.Ordinal) && letters.Length > 5 ? letters[3..] : letters;
    }
}

using System.Globalization;

namespace DiplomacyTracker.Web;

/// <summary>How dates and counts read on the pages.</summary>
public static class Format
{
    public static string Day(DateOnly? date) =>
        date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "date unknown";

    public static string Range(DateOnly? start, DateOnly? end) => (start, end) switch
    {
        (null, null) => "dates unknown",
        ({ } s, null) => Day(s),
        (null, { } e) => "until " + Day(e),
        ({ } s, { } e) when s == e => Day(s),
        ({ } s, { } e) => $"{Day(s)} – {Day(e)}",
    };

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string Names(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };

    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}

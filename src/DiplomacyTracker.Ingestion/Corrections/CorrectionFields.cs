using System.Globalization;
using DiplomacyTracker.Domain;

namespace DiplomacyTracker.Ingestion.Corrections;

/// <summary>
/// The fields an editor can correct on each kind of fact, as text: dates <c>yyyy-MM-dd</c> (empty for unknown),
/// lists joined with <c>; </c> (cities; participants as official ids; titles, which may hold commas, split on
/// <c>;</c> only), a visit's traveller as an official's id, status <c>held</c> or <c>planned</c>, <c>notOfficial</c>
/// <c>true</c> or <c>false</c>.
/// </summary>
public static class CorrectionFields
{
    public static IReadOnlyList<string> Visit { get; } = ["travelerId", "hostCountry", "cities", "start", "end"];
    public static IReadOnlyList<string> Meeting { get; } = ["date", "city", "venue", "status", "participants"];
    public static IReadOnlyList<string> Official { get; } = ["name", "country", "titles", "notOfficial"];

    public static IReadOnlyList<string> Of(string kind) => kind switch
    {
        FactKind.Visit => Visit,
        FactKind.Meeting => Meeting,
        FactKind.Official => Official,
        _ => throw new CorrectionException($"'{kind}' is not a kind of fact (visit, meeting, official)"),
    };

    /// <summary>The value as it is stored (trimmed, dates and lists in their one form); throws when it is not valid.</summary>
    public static string? Normalise(string kind, string field, string? value)
    {
        if (!Of(kind).Contains(field))
        {
            throw new CorrectionException($"A {kind} has no field '{field}' that can be corrected (fields: {string.Join(", ", Of(kind))})");
        }

        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        switch (field)
        {
            case "start" or "end" or "date":
                return text is null ? null : Day(text)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    ?? throw new CorrectionException($"'{text}' is not a date (yyyy-MM-dd)");
            case "status":
                return text?.ToLowerInvariant() is "held" or "planned" ? text.ToLowerInvariant() : throw new CorrectionException("status is 'held' or 'planned'");
            case "notOfficial":
                return text?.ToLowerInvariant() is "true" or "on" ? "true" : text is null || text.Equals("false", StringComparison.OrdinalIgnoreCase) ? "false"
                    : throw new CorrectionException("notOfficial is 'true' or 'false'");
            case "cities":
                return Join(List(text));
            case "titles":
                var titles = Titles(text);
                return titles.FirstOrDefault(t => t.Length > 200) is { } tooLong
                    ? throw new CorrectionException($"The title '{tooLong[..40]}...' is longer than 200 characters")
                    : Join(titles);
            case "travelerId":
                return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var traveler)
                    ? traveler.ToString(CultureInfo.InvariantCulture)
                    : throw new CorrectionException($"the traveller '{text}' is not an official's id");
            case "participants":
                var ids = List(text).Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
                    : throw new CorrectionException($"participant '{p}' is not an official's id")).Distinct().ToList();
                return ids.Count == 0 ? throw new CorrectionException("a meeting needs at least one participant") : string.Join("; ", ids);
            case "hostCountry" or "name":
                return text ?? throw new CorrectionException($"{field} cannot be empty");
            default:
                return text is { Length: > 200 } ? throw new CorrectionException($"{field} is longer than 200 characters") : text;
        }
    }

    /// <summary>Whether a normalised value says what the fact holds already (titles in any order).</summary>
    public static bool Same(string field, string? value, string? held) =>
        field == "titles"
            ? Titles(value).ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(Titles(held))
            : value == held;

    public static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public static List<string> List(string? text) =>
        (text ?? "").Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Titles separated by <c>;</c> or line breaks (a title may hold a comma: "Minister of Trade, Industry and Energy").</summary>
    public static List<string> Titles(string? text) =>
        (text ?? "").Split([';', '\n', '\r'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public static string Join(IEnumerable<string> values) => string.Join("; ", values);
}

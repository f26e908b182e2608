using System.Text.Json;

namespace DiplomacyTracker.Ingestion.Pipeline.Knowledge;

/// <summary>Reads the JSON data files of a lexicon folder.</summary>
internal static class LexiconFiles
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static JsonElement Read(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The lexicon file {file} is missing from {folder}.", path);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path), Options);
        return document.RootElement.Clone();
    }

    public static IEnumerable<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0)
            : [];

    public static IEnumerable<(string Key, string? Value)> Pairs(JsonElement element, string property) =>
        element.TryGetProperty(property, out var map) && map.ValueKind == JsonValueKind.Object
            ? map.EnumerateObject().Select(p => (p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null))
            : [];

    public static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

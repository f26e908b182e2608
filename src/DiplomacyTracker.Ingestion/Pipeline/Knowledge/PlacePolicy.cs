namespace DiplomacyTracker.Ingestion.Pipeline.Knowledge;

/// <summary>When a gazetteer city counts as a place (Lexicon/places.json), checked when loaded.</summary>
internal sealed record PlacePolicy(int StrongPopulation, bool CapitalsAreStrong, IReadOnlySet<string> LocativeBefore, IReadOnlySet<string> PlaceNouns)
{
    /// <summary>Continents and parts of the world that hold a country's name but are none ("South America").</summary>
    public IReadOnlyList<string> WorldRegions { get; init; } = [];

    public static PlacePolicy Load(string folder)
    {
        var file = LexiconFiles.Read(folder, "places.json");
        if (!file.TryGetProperty("strongPopulation", out var population) || !population.TryGetInt32(out var strongPopulation) || strongPopulation <= 0)
        {
            throw new InvalidDataException("Lexicon file places.json: 'strongPopulation' must be a positive whole number");
        }

        var capitals = !file.TryGetProperty("capitalsAreStrong", out var flag) || flag.ValueKind != System.Text.Json.JsonValueKind.False;
        var locative = LexiconFiles.Strings(file, "locativeBefore").Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var nouns = LexiconFiles.Strings(file, "placeNouns").Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return locative.Count > 0
            ? new PlacePolicy(strongPopulation, capitals, locative, nouns) { WorldRegions = [.. LexiconFiles.Strings(file, "worldRegions")] }
            : throw new InvalidDataException("Lexicon file places.json: 'locativeBefore' must list at least one word");
    }
}

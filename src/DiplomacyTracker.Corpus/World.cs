using System.Text.Json;

namespace DiplomacyTracker.Corpus;

/// <summary>The generator's knowledge: countries with invented officials' names, titles, outlets and sentence templates.</summary>
internal sealed record World(IReadOnlyList<CountryData> Countries, TitleData Titles, OutletData Outlets, PhraseBook Phrases)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static World Load(string? folder = null)
    {
        folder ??= Path.Combine(AppContext.BaseDirectory, "Data");
        var world = Read<WorldFile>(Path.Combine(folder, "world.json"));
        var phrases = Read<PhraseBook>(Path.Combine(folder, "phrases.json"));
        return new World(world.Countries, world.Titles, world.Outlets, phrases);
    }

    private static T Read<T>(string path) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path} is empty");

    private sealed record WorldFile(IReadOnlyList<CountryData> Countries, TitleData Titles, OutletData Outlets);
}

internal sealed record CountryData(string Name, string? Called, string Adjective, IReadOnlyList<string> Cities, IReadOnlyList<string> Given, IReadOnlyList<string> Family);

/// <summary>How articles name a country when it is not its canonical name ("Britain").</summary>
internal static class CountryNames
{
    public static string InText(this CountryData country) => country.Called ?? country.Name;
}

internal sealed record TitleData(IReadOnlyList<string> Traveler, IReadOnlyList<string> Counterpart);

internal sealed record OutletData(IReadOnlyList<string> Wire, IReadOnlyList<string> State, IReadOnlyList<string> Release);

internal sealed record IssuePhrases(string Slug, IReadOnlyList<string> Phrases);

/// <summary>Alternatives for each slot of an article shape.</summary>
internal sealed record ShapePhrases(
    IReadOnlyList<string> Headline,
    IReadOnlyList<string>? Lead,
    IReadOnlyList<string>? Meeting,
    IReadOnlyList<string>? Issues,
    IReadOnlyList<string>? Filler,
    IReadOnlyList<string>? Body);

internal sealed record PhraseBook(IReadOnlyList<IssuePhrases> Issues, ShapePhrases Wire, ShapePhrases Release, ShapePhrases State, ShapePhrases Quiet);

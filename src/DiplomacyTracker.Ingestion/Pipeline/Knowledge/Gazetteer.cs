using System.Globalization;
using System.Text;
using System.Text.Json;
using DiplomacyTracker.Ingestion.Pipeline.Text;

namespace DiplomacyTracker.Ingestion.Pipeline.Knowledge;

/// <summary>
/// The places the pipeline knows: the country table (Lexicon/countries.json, ISO 3166 codes, names, aliases, demonyms),
/// the hand-curated cities (cities.json) and regions (regions.json), and the GeoNames cities of the gazetteer
/// (gazetteer.tsv), sorted into strong and weak names by the policy of places.json. Every entry is checked when loaded:
/// a malformed one stops start-up with the file, the line or entry and what is wrong.
/// </summary>
internal sealed class Gazetteer
{
    private readonly Dictionary<string, List<City>> _senses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _spellings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, City> _curatedSpellings = new(StringComparer.Ordinal);

    private Gazetteer(string folder)
    {
        Policy = PlacePolicy.Load(folder);
        foreach (var region in Policy.WorldRegions)
        {
            // "the Americas" is matched from its capitalised word; the article stays out of the phrase.
            var phrase = region.StartsWith("the ", StringComparison.Ordinal) ? region[4..] : region;
            WorldRegions.Add(phrase, phrase);
        }

        ReadCountries(folder);
        foreach (var (city, country) in LexiconFiles.Pairs(LexiconFiles.Read(folder, "cities.json"), "cities"))
        {
            AddCity(new City(city, KnownCountry("cities.json", city, country), 0, Strong: true, Curated: true));
        }

        // A state or province visited is a place visited, named among the visit's cities.
        foreach (var (region, country) in LexiconFiles.Pairs(LexiconFiles.Read(folder, "regions.json"), "regions"))
        {
            if (!_senses.ContainsKey(Key(region)))
            {
                RegionNames.Add(region);
                AddCity(new City(region, KnownCountry("regions.json", region, country), 0, Strong: true, Curated: true));
            }
        }

        ReadGazetteer(folder);
        foreach (var senses in _senses.Values)
        {
            // The curated sense first, then the largest: what a name means when the article does not say.
            senses.Sort((a, b) => a.Curated != b.Curated ? (a.Curated ? -1 : 1) : b.Population.CompareTo(a.Population));
        }

        foreach (var (key, senses) in _senses)
        {
            var first = senses[0];
            foreach (var spelling in _spellings[key])
            {
                // A curated spelling keeps its own name ("Sao Paulo" as written, beside "São Paulo").
                var city = _curatedSpellings.TryGetValue(spelling, out var curated) && curated.Country == first.Country ? curated : first;
                (city.Strong ? Cities : WeakCities).Add(spelling, city);
            }

            if (first.Strong)
            {
                CityNames.Add(first.Name);
            }
        }

        // Only loading needs the spellings; the indexes hold them now.
        _spellings.Clear();
        _curatedSpellings.Clear();
    }

    public PlacePolicy Policy { get; }

    /// <summary>The country table by ISO 3166-1 alpha-2 code.</summary>
    public Dictionary<string, CountryRecord> ByCode { get; } = new(StringComparer.Ordinal);

    /// <summary>Every name and alias of a country, to its name.</summary>
    public PhraseIndex<string> Countries { get; } = new();

    /// <summary>Continents and parts of the world (places.json 'worldRegions'): read whole, so "South America" names no country.</summary>
    public PhraseIndex<string> WorldRegions { get; } = new();

    public HashSet<string> CountryNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Strong place names: count wherever they stand capitalised.</summary>
    public PhraseIndex<City> Cities { get; } = new();

    /// <summary>Weak place names: count only where the text says it is a place (see <see cref="PlacePolicy"/>).</summary>
    public PhraseIndex<City> WeakCities { get; } = new();

    public HashSet<string> CityNames { get; } = new(StringComparer.Ordinal);

    public HashSet<string> RegionNames { get; } = new(StringComparer.Ordinal);

    public static Gazetteer Load(string folder) => new(folder);

    /// <summary>
    /// Which place a name means in an article: the sense in the country the article names most, or, when it names
    /// none of them, the default (the curated city, else the largest). A strong default gives way only to another
    /// strong sense: an article about a trip to the United States that names "Moscow" still means Russia's, not a
    /// town in Idaho; only "Moscow, Idaho" says otherwise (<see cref="SenseIn"/>).
    /// </summary>
    public City Resolve(City city, IReadOnlyDictionary<string, int> articleCountries)
    {
        if (!_senses.TryGetValue(Key(city.Name), out var senses) || senses.Count == 1)
        {
            return city;
        }

        var best = city;
        var count = articleCountries.GetValueOrDefault(city.Country);
        foreach (var sense in senses.Where(s => s.Strong || !city.Strong))
        {
            if (articleCountries.GetValueOrDefault(sense.Country) is var n && n > count)
            {
                (best, count) = (sense, n);
            }
        }

        return best;
    }

    /// <summary>The sense of a name that lies in a given country ("Split, Croatia"), if it has one.</summary>
    public City? SenseIn(City city, string country) =>
        _senses.TryGetValue(Key(city.Name), out var senses) ? senses.FirstOrDefault(s => s.Country == country) : null;

    public static string Fold(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c == '\u2019' ? '\'' : c);
            }
        }

        return folded.ToString();
    }

    private static string Key(string name) => Fold(name).ToLowerInvariant();

    private void ReadCountries(string folder)
    {
        var file = LexiconFiles.Read(folder, "countries.json");
        if (!file.TryGetProperty("countries", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw Invalid("countries.json", "'countries' must be an array of countries");
        }

        foreach (var entry in list.EnumerateArray())
        {
            var name = LexiconFiles.String(entry, "name");
            var iso2 = LexiconFiles.String(entry, "iso2");
            var iso3 = LexiconFiles.String(entry, "iso3");
            if (string.IsNullOrWhiteSpace(name) || iso2 is not { Length: 2 } || !iso2.All(char.IsAsciiLetterUpper)
                || iso3 is not { Length: 3 } || !iso3.All(char.IsAsciiLetterUpper))
            {
                throw Invalid("countries.json", $"entry {entry.GetRawText()[..Math.Min(80, entry.GetRawText().Length)]}: needs a name, a two-letter 'iso2' and a three-letter 'iso3' in capitals");
            }

            if (!ByCode.TryAdd(iso2, new CountryRecord(name, iso2, iso3, LexiconFiles.String(entry, "official") ?? name,
                    LexiconFiles.Strings(entry, "aliases").ToList(), LexiconFiles.Strings(entry, "demonyms").ToList())))
            {
                throw Invalid("countries.json", $"'{name}': the code {iso2} is used twice");
            }

            if (!CountryNames.Add(name))
            {
                throw Invalid("countries.json", $"'{name}' is listed twice");
            }

            Countries.Add(name, name);
            foreach (var alias in ByCode[iso2].Aliases)
            {
                Countries.Add(alias, name);
            }
        }
    }

    private void ReadGazetteer(string folder)
    {
        var path = Path.Combine(folder, "gazetteer.tsv");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The lexicon file gazetteer.tsv is missing from {folder}.", path);
        }

        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 4 || fields[0].Length == 0 || !ByCode.TryGetValue(fields[1], out var country)
                || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var population)
                || fields[3].Any(f => f is not ('C' or 'W')))
            {
                throw Invalid("gazetteer.tsv", $"line {number} must be 'name<TAB>known ISO alpha-2 code<TAB>population<TAB>flags (C, W)': {line}");
            }

            var capital = fields[3].Contains('C');
            var strong = !fields[3].Contains('W') && ((capital && Policy.CapitalsAreStrong) || population >= Policy.StrongPopulation);
            AddCity(new City(fields[0], country.Name, population, strong, Curated: false));
        }
    }

    private void AddCity(City city)
    {
        // "Zürich" and "Zurich" are one name: its senses are kept under the folded spelling, and every spelling finds them.
        var key = Key(city.Name);
        if (!_senses.TryGetValue(key, out var senses))
        {
            senses = [];
            _senses[key] = senses;
            _spellings[key] = new HashSet<string>(StringComparer.Ordinal) { key };
        }

        _spellings[key].Add(city.Name.ToLowerInvariant());
        if (city.Curated)
        {
            _curatedSpellings.TryAdd(city.Name.ToLowerInvariant(), city);
        }

        // One sense per country: the curated entry, or the gazetteer's largest place of that name.
        if (senses.All(s => s.Country != city.Country))
        {
            senses.Add(city);
        }
    }

    private string KnownCountry(string file, string place, string? country) =>
        country is not null && CountryNames.Contains(country)
            ? country
            : throw Invalid(file, $"'{place}': '{country}' is not a country of countries.json");

    private static InvalidDataException Invalid(string file, string problem) => new($"Lexicon file {file}: {problem}");
}

/// <summary>A country of Lexicon/countries.json.</summary>
internal sealed record CountryRecord(string Name, string Iso2, string Iso3, string Official, IReadOnlyList<string> Aliases, IReadOnlyList<string> Demonyms);

/// <summary>A city or region: from the curated lists (always strong) or the gazetteer.</summary>
/// <param name="Strong">counts wherever it stands capitalised; a weak one only where the text says it is a place</param>
internal sealed record City(string Name, string Country, int Population, bool Strong, bool Curated);

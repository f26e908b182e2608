using System.Text.RegularExpressions;
using DiplomacyTracker.Ingestion.Pipeline.Knowledge;
using DiplomacyTracker.Ingestion.Pipeline.Text;

namespace DiplomacyTracker.Ingestion.Pipeline;

/// <summary>
/// What the pipeline knows about the world, loaded from the JSON files of a lexicon folder (titles, non-official roles,
/// nationalities, countries, cities and regions, government bodies, venues, meeting and travel phrases, the issue taxonomy).
/// Immutable once loaded, so one instance serves every thread.
/// </summary>
public sealed class Lexicon
{
    private Lexicon(string folder)
    {
        Folder = folder;
        var titles = LexiconFiles.Read(folder, "titles.json");
        foreach (var head in titles.GetProperty("heads").EnumerateArray())
        {
            var title = LexiconFiles.String(head, "title") ?? "";
            var weak = head.TryGetProperty("weak", out var flag) && flag.ValueKind == System.Text.Json.JsonValueKind.True;
            TitleHeads.Add(title, new TitleHead(title.ToLowerInvariant(), LexiconFiles.String(head, "kind") ?? "official", weak));
            TitleVocabulary.UnionWith(Tokenizer.Words(title));
        }

        TitleVocabulary.UnionWith(LexiconFiles.Strings(titles, "orgWords").SelectMany(Tokenizer.Words));
        TitleVocabulary.UnionWith(LexiconFiles.Strings(titles, "modifiers").SelectMany(Tokenizer.Words));
        ServiceWords.UnionWith(LexiconFiles.Strings(titles, "serviceWords").Select(w => w.ToLowerInvariant()));
        Honorifics.UnionWith(LexiconFiles.Strings(titles, "honorifics").SelectMany(Tokenizer.Words));

        Grammar = Grammar.Load(folder);
        Outlets = Outlets.Load(folder);
        var curatedAdjectives = new HashSet<string>(StringComparer.Ordinal);
        var names = LexiconFiles.Read(folder, "names.json");
        foreach (var honorific in LexiconFiles.Strings(names, "honorifics"))
        {
            HonorificPhrases.Add(honorific, honorific);
            Honorifics.UnionWith(Tokenizer.Words(honorific).Where(w => w is not ("his" or "her" or "the" or "yang" or "amat")));
        }

        var variants = names.TryGetProperty("givenNameVariants", out var groups) && groups.ValueKind == System.Text.Json.JsonValueKind.Array
            ? groups.EnumerateArray().Select(g => (IReadOnlyList<string>)g.EnumerateArray().Select(v => v.GetString() ?? "").Where(v => v.Length > 0).ToList()).ToList()
            : [];
        foreach (var regnal in LexiconFiles.Strings(names, "regnalTitles"))
        {
            RegnalTitles.Add(regnal, regnal);
        }

        TitlesAlsoGivenNames.UnionWith(LexiconFiles.Strings(names, "titlesAlsoGivenNames").Select(w => w.ToLowerInvariant()));

        Names = new PersonNames(LexiconFiles.Strings(names, "particles"), LexiconFiles.Strings(names, "attachedParticles"),
            LexiconFiles.Strings(names, "patronymicSuffixes"), variants);

        foreach (var role in LexiconFiles.Strings(LexiconFiles.Read(folder, "nonofficial_roles.json"), "roles"))
        {
            NonOfficialRoles.Add(role, role);
            RoleVocabulary.UnionWith(Tokenizer.Words(role));
        }

        Places = Gazetteer.Load(folder);
        foreach (var (outlet, country) in Outlets.Countries)
        {
            if (!Places.CountryNames.Contains(country))
            {
                throw new InvalidDataException($"Lexicon file outlets.json: the country '{country}' of {outlet} is not a country of countries.json");
            }
        }

        foreach (var (office, country) in LexiconFiles.Pairs(titles, "offices"))
        {
            if (country is null || !Places.CountryNames.Contains(country))
            {
                throw new InvalidDataException($"Lexicon file titles.json: office '{office}': '{country}' is not a country of countries.json");
            }

            CountryOffices.Add((Tokenizer.Words(office), country));
        }

        foreach (var (adjective, country) in LexiconFiles.Pairs(LexiconFiles.Read(folder, "nationalities.json"), "adjectives"))
        {
            // An adjective names a country ("Chinese") or a place with officials of its own ("Hong Kong").
            if (country is not null && !Places.CountryNames.Contains(country) && !Places.CityNames.Contains(country))
            {
                throw new InvalidDataException($"Lexicon file nationalities.json: '{adjective}': '{country}' is not a country of countries.json");
            }

            Nationalities.Add(adjective, country ?? adjective);
            curatedAdjectives.Add(adjective);
        }

        // The country table's demonyms ("Ivorian", "Vietnamese") where nationalities.json does not say otherwise.
        foreach (var country in Places.ByCode.Values)
        {
            foreach (var demonym in country.Demonyms.Where(d => !curatedAdjectives.Contains(d)))
            {
                Nationalities.Add(demonym, country.Name);
            }
        }

        foreach (var (body, country) in LexiconFiles.Pairs(LexiconFiles.Read(folder, "bodies.json"), "bodies"))
        {
            Bodies.Add(body, new GovernmentBody(body, country));
        }

        foreach (var body in LexiconFiles.Strings(LexiconFiles.Read(folder, "bodies.json"), "international"))
        {
            InternationalBodies.Add(body, new GovernmentBody(body, null));
            InternationalBodyNames.Add(body);
        }

        var venues = LexiconFiles.Read(folder, "venues.json");
        foreach (var venue in LexiconFiles.Strings(venues, "known"))
        {
            KnownVenues.Add(venue, venue);
        }

        var heads = string.Join("|", LexiconFiles.Strings(venues, "heads").Select(Regex.Escape));
        OrganisationHeads.UnionWith(LexiconFiles.Strings(LexiconFiles.Read(folder, "organisations.json"), "heads")
            .Concat(LexiconFiles.Strings(venues, "heads")).SelectMany(Tokenizer.Words).Where(w => w.Length > 1));
        VenuePattern = PatternSet.Create(
            $@"\b(?:at|in|inside|to|from) the (?<venue>(?:[A-Z][\w'.-]*\s+){{0,5}}(?:{heads})(?:\s+of\s+the\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,3}})?)\b");

        CommonWords = new HashSet<string>(
            LexiconFiles.Strings(LexiconFiles.Read(folder, "common_words.json"), "words").Select(w => w.ToLowerInvariant()),
            StringComparer.Ordinal);

        var meetings = LexiconFiles.Read(folder, "meetings.json");
        Meetings = new MeetingCues(
            PatternSet.Alternation(LexiconFiles.Strings(meetings, "held")),
            PatternSet.Alternation(LexiconFiles.Strings(meetings, "planned")),
            PatternSet.Alternation(LexiconFiles.Strings(meetings, "negation")),
            PatternSet.Alternation(LexiconFiles.Strings(meetings, "future"), wordBoundaries: false),
            PatternSet.Create(LexiconFiles.String(meetings, "duration") ?? "(?!)", RegexOptions.IgnoreCase),
            PatternSet.Alternation(LexiconFiles.Strings(meetings, "cancelledAfter")),
            PatternSet.Whole(LexiconFiles.Strings(meetings, "hosts")),
            PatternSet.Whole(LexiconFiles.Strings(meetings, "guests")),
            PatternSet.Alternation(LexiconFiles.Strings(meetings, "remote")),
            PatternSet.Alternation(LexiconFiles.Strings(meetings, "ceremonial")));

        var travel = LexiconFiles.Read(folder, "travel.json");
        Travel = new TravelCues(
            PatternSet.Alternation(LexiconFiles.Strings(travel, "travel")),
            PatternSet.Alternation(LexiconFiles.Strings(travel, "start")),
            PatternSet.Alternation(LexiconFiles.Strings(travel, "end")),
            PatternSet.Create(LexiconFiles.String(travel, "duration") ?? "(?!)", RegexOptions.IgnoreCase),
            PatternSet.Create(LexiconFiles.String(travel, "firstOfDays") ?? "(?!)", RegexOptions.IgnoreCase),
            PatternSet.Alternation(LexiconFiles.Strings(travel, "otherTrip")),
            PatternSet.Alternation(LexiconFiles.Strings(travel, "credit"), wordBoundaries: false),
            PatternSet.Create(LexiconFiles.String(travel, "dayAfterArrival") ?? "(?!)", RegexOptions.IgnoreCase),
            PatternSet.Create(LexiconFiles.String(travel, "arrivedOnPublicationDay") ?? "(?!)", RegexOptions.IgnoreCase),
            PatternSet.Alternation(LexiconFiles.Strings(travel, "returnHome")),
            PatternSet.Alternation(LexiconFiles.Strings(travel, "tripCancelled")),
            PatternSet.Alternation(LexiconFiles.Strings(travel, "companionsAfter")),
            PatternSet.Alternation(LexiconFiles.Strings(travel, "companionsBefore")));

        // Every name of a place an issue is about: a country's name, official name and aliases, or a city's name.
        var placeNames = Places.ByCode.Values.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.SelectMany(c => c.Aliases.Prepend(c.Official).Prepend(c.Name)).Where(n => n.Length > 0).Distinct().ToList(), StringComparer.OrdinalIgnoreCase);
        IssueTaxonomy = IssueTaxonomy.Load(folder, place =>
            placeNames.TryGetValue(place, out var names) ? names : CityNames.Contains(place) ? [place] : null);
        Issues = IssueTaxonomy.Issues;
    }

    /// <summary>The folder the lexicon was read from.</summary>
    public string Folder { get; }

    /// <summary>The issue taxonomy (Lexicon/issues.json).</summary>
    public IReadOnlyList<IssueDefinition> Issues { get; }

    /// <summary>Loads the lexicon shipped beside the binaries (AppContext.BaseDirectory/Lexicon).</summary>
    public static Lexicon LoadDefault() => Load(Path.Combine(AppContext.BaseDirectory, "Lexicon"));

    /// <summary>Loads a lexicon from a folder, e.g. a user's extended copy of the shipped one.</summary>
    public static Lexicon Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        return new Lexicon(folder);
    }

    internal PhraseIndex<TitleHead> TitleHeads { get; } = new();

    /// <summary>Offices only one country's government has (titles.json 'offices'), as words, with that country.</summary>
    internal List<(string[] Words, string Country)> CountryOffices { get; } = [];

    internal HashSet<string> TitleVocabulary { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that make a weak title governmental in lower case, right before the title word ("the navy chief").</summary>
    internal HashSet<string> ServiceWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Words of address between a title and a name ("Minister Dr. X", "H.E. X"), not part of either.</summary>
    internal HashSet<string> Honorifics { get; } = new(StringComparer.Ordinal);

    internal PhraseIndex<string> NonOfficialRoles { get; } = new();

    /// <summary>Words of address that stand before a name and are not part of it ("Datuk Seri", "His Majesty").</summary>
    internal PhraseIndex<string> HonorificPhrases { get; } = new();

    /// <summary>Titles a monarch is named by with one name of their own ("Sultan Ibrahim"), from Lexicon/names.json.</summary>
    internal PhraseIndex<string> RegnalTitles { get; } = new();

    /// <summary>Title words that are also given names ("Sultan"): after a title of its own, such a word opens the name.</summary>
    internal HashSet<string> TitlesAlsoGivenNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Known outlets and how a text names its own (Lexicon/outlets.json).</summary>
    public Outlets Outlets { get; }

    /// <summary>Closed word classes (Lexicon/grammar.json).</summary>
    internal Grammar Grammar { get; }

    /// <summary>How names become keys (Lexicon/names.json).</summary>
    internal PersonNames Names { get; }

    internal HashSet<string> RoleVocabulary { get; } = new(StringComparer.Ordinal);

    internal PhraseIndex<string> Nationalities { get; } = new();

    /// <summary>Countries, cities and regions (Lexicon/countries.json, cities.json, regions.json, gazetteer.tsv, places.json).</summary>
    internal Gazetteer Places { get; }

    internal PhraseIndex<string> Countries => Places.Countries;

    internal PhraseIndex<string> WorldRegions => Places.WorldRegions;

    /// <summary>Strong place names (curated cities, regions, capitals and large gazetteer cities).</summary>
    internal PhraseIndex<City> Cities => Places.Cities;

    internal HashSet<string> CityNames => Places.CityNames;

    internal HashSet<string> RegionNames => Places.RegionNames;

    internal PhraseIndex<GovernmentBody> Bodies { get; } = new();

    /// <summary>Bodies of many states (bodies.json 'international'), matched only when capitalised.</summary>
    internal PhraseIndex<GovernmentBody> InternationalBodies { get; } = new();

    internal HashSet<string> InternationalBodyNames { get; } = new(StringComparer.Ordinal);

    internal PhraseIndex<string> KnownVenues { get; } = new();

    /// <summary>Words that end an organisation's or a place's name ("Party", "Bank", "Administration", "Palace").</summary>
    internal HashSet<string> OrganisationHeads { get; } = new(StringComparer.Ordinal);

    internal Regex VenuePattern { get; }

    internal HashSet<string> CommonWords { get; }

    internal MeetingCues Meetings { get; }

    internal TravelCues Travel { get; }

    /// <summary>The issue taxonomy with its patterns, the page furniture that raises no issue (Lexicon/issues.json).</summary>
    internal IssueTaxonomy IssueTaxonomy { get; }
}

using System.Text.Json;
using System.Text.RegularExpressions;

namespace DiplomacyTracker.Ingestion.Pipeline.Knowledge;

/// <summary>The closed word classes of Lexicon/grammar.json, checked when loaded.</summary>
internal sealed class Grammar
{
    private Grammar(JsonElement file)
    {
        Abbreviations = Set(file, "abbreviations");
        Subordinators = Set(file, "subordinators");
        SpeechVerbs = Set(file, "speechVerbs");
        Determiners = Set(file, "determiners");
        GatheringNouns = Set(file, "gatheringNouns");
        SpeechVerb = PatternSet.Alternation(SpeechVerbs.Select(Regex.Escape).Append("according to"));
        if (!file.TryGetProperty("numberWords", out var numbers) || numbers.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("grammar.json: 'numberWords' must be an object of word: number");
        }

        foreach (var number in numbers.EnumerateObject())
        {
            if (number.Value.ValueKind != JsonValueKind.Number)
            {
                throw new InvalidDataException($"grammar.json: numberWords '{number.Name}' must be a number");
            }

            NumberWords[number.Name.ToLowerInvariant()] = number.Value.GetDouble();
        }
    }

    /// <summary>Words whose period does not end a sentence ("Mr.", "Gen.", "Sept.").</summary>
    public IReadOnlySet<string> Abbreviations { get; }

    /// <summary>Words that open a clause ("when", "while"): a comma before one opens no appositive.</summary>
    public IReadOnlySet<string> Subordinators { get; }

    public IReadOnlySet<string> SpeechVerbs { get; }

    /// <summary>"the", "its", "last year's": before a date, with a noun after it, they make the date an event's name ("the Jan. 8 riots").</summary>
    public IReadOnlySet<string> Determiners { get; }

    /// <summary>Nouns of meetings and trips: "the July 25 meeting" is dated by its date, unlike "the Jan. 8 riots".</summary>
    public IReadOnlySet<string> GatheringNouns { get; }

    /// <summary>Any speech verb, or "according to".</summary>
    public Regex SpeechVerb { get; }

    public Dictionary<string, double> NumberWords { get; } = new(StringComparer.Ordinal);

    /// <summary>A number written in figures or in words ("3", "three"); 0 when it is neither.</summary>
    public double Number(string text) =>
        NumberWords.TryGetValue(text.ToLowerInvariant(), out var n) ? n
        : double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;

    public static Grammar Load(string folder) => new(LexiconFiles.Read(folder, "grammar.json"));

    private static HashSet<string> Set(JsonElement file, string property)
    {
        var words = LexiconFiles.Strings(file, property).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return words.Count > 0 ? words : throw new InvalidDataException($"grammar.json: '{property}' must list at least one word");
    }
}

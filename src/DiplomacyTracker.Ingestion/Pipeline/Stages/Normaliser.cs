using System.Text.RegularExpressions;
using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// Makes the analysed copy of the text: curly quotes, dashes and odd spaces become plain ones, control characters
/// become spaces, and names written in capitals are written as names (see <see cref="NameCase"/>). Every replacement
/// keeps the length, so offsets stay offsets into the source. Very long inputs are analysed up to
/// <see cref="MaxLength"/> characters.
/// </summary>
internal sealed partial class Normaliser(Lexicon lexicon) : IArticleStage
{
    public DocumentPart Reads => DocumentPart.Source;

    public DocumentPart Assigns => DocumentPart.Text;

    public const int MaxLength = 200_000;

    public ArticleDocument Run(ArticleDocument document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var source = document.Source.Text ?? "";
        var length = Math.Min(source.Length, MaxLength);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Plain(source[i]);
        }

        NameCase(chars);
        var result = document with { Text = new string(chars) };
        return source.Length > MaxLength
            ? result with { Warnings = result.Warnings.Add($"article longer than {MaxLength} characters: only the start was read") }
            : result;
    }

    /// <summary>
    /// "SECRETARY BENNING: I arrived ..." (a transcript's speaker label) and "Minister TAKEDA Hiroshi" (a family name in
    /// capitals, as translated releases write it, after a title or honorific) read as "Secretary Benning", "Takeda";
    /// the same capitalised family name elsewhere in the text too. Acronyms stand elsewhere ("NATO Secretary", "US
    /// President") and stay.
    /// </summary>
    private void NameCase(char[] chars)
    {
        var text = new string(chars);
        foreach (Match label in SpeakerLabel().Matches(text))
        {
            // "NEW DELHI: ..." is a dateline, not a speaker.
            var group = label.Groups["label"];
            Recase(chars, group.Index, group.Length);
            if (lexicon.CityNames.Contains(new string(chars, group.Index, group.Length)))
            {
                group.Value.CopyTo(0, chars, group.Index, group.Length);
            }
        }

        var families = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match name in CapitalsAfterWord().Matches(text))
        {
            var before = name.Groups["before"].Value.TrimEnd('.').ToLowerInvariant();
            if (lexicon.Honorifics.Contains(before) || lexicon.TitleVocabulary.Contains(before))
            {
                families.Add(name.Groups["name"].Value);
            }
        }

        if (families.Count == 0)
        {
            return;
        }

        foreach (Match word in CapitalWord().Matches(text))
        {
            if (families.Contains(word.Value))
            {
                Recase(chars, word.Index, word.Length);
            }
        }
    }

    private static void Recase(char[] chars, int start, int length)
    {
        var first = true;
        for (var i = start; i < start + length; i++)
        {
            if (char.IsLetter(chars[i]))
            {
                chars[i] = first ? char.ToUpperInvariant(chars[i]) : char.ToLowerInvariant(chars[i]);
                first = false;
            }
            else
            {
                first = chars[i] is ' ' or '-' or '.';
            }
        }
    }

    [GeneratedRegex(@"^(?<label>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}):", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerLabel();

    [GeneratedRegex(@"\b(?<before>[A-Z][a-z]+\.?) (?<name>[A-Z]{2,}(?:-[A-Z]{2,})?)\b(?! [A-Z]{2,})", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalsAfterWord();

    [GeneratedRegex(@"\b[A-Z]{2,}(?:-[A-Z]{2,})?\b", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalWord();

    private static char Plain(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u2032' or '`' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\t' or '\r' => ' ',
        '\n' => '\n',
        _ when char.IsControl(c) || char.IsSurrogate(c) => ' ',
        _ => c,
    };
}

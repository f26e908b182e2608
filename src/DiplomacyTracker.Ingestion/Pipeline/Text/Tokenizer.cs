using System.Text.RegularExpressions;

namespace DiplomacyTracker.Ingestion.Pipeline.Text;

/// <summary>Splits text into words ("U.S.", "China's", "co-founder") and single punctuation marks.</summary>
internal static partial class Tokenizer
{
    [GeneratedRegex(@"(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['\-][\p{L}\p{N}]+)*|\S", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    public static IReadOnlyList<Token> Tokenize(string text, int offset = 0, int length = -1)
    {
        if (length < 0)
        {
            length = text.Length - offset;
        }

        var tokens = new List<Token>();
        foreach (var match in TokenPattern().EnumerateMatches(text.AsSpan(offset, length)))
        {
            var value = text.Substring(offset + match.Index, match.Length);
            var isWord = char.IsLetterOrDigit(value[0]);
            var lower = value.ToLowerInvariant();
            var @base = lower.EndsWith("'s", StringComparison.Ordinal) && lower.Length > 2 ? lower[..^2] : lower;
            tokens.Add(new Token(offset + match.Index, match.Length, value, lower, @base, isWord));
        }

        return tokens;
    }

    public static string[] Words(string phrase)
    {
        // Most lexicon phrases are plain words between spaces (a gazetteer loads tens of thousands): split them
        // without the pattern, which gives the same words.
        return IsPlain(phrase)
            ? phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : Tokenize(phrase.ToLowerInvariant()).Select(t => t.Lower).ToArray();
    }

    /// <summary>Letters and digits between spaces, a hyphen or apostrophe only inside a word ("Port-Vila", "Xi'an").</summary>
    private static bool IsPlain(string phrase)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            var c = phrase[i];
            var inside = c is '-' or '\'' && i > 0 && i + 1 < phrase.Length && char.IsLetterOrDigit(phrase[i - 1]) && char.IsLetterOrDigit(phrase[i + 1]);
            if (!char.IsLetterOrDigit(c) && c != ' ' && !inside)
            {
                return false;
            }
        }

        return true;
    }
}

using System.Text.RegularExpressions;

namespace DiplomacyTracker.Ingestion.Pipeline.Knowledge;

/// <summary>
/// Tells whether a stretch of text lies in a capitalised name that another of its words makes an institution or a
/// building ("the Health Ministry", "Ministry of Defence", "Kurdistan Democratic Party", "Khasan Railway Station",
/// "National Defense University"): such words name the place or body, not a topic. A name that is the topic itself
/// ("European Union", "Belt and Road") has no such head and stays.
/// </summary>
internal sealed class InstitutionNames(IReadOnlySet<string> heads)
{
    private static readonly Regex NameWord = new(@"[\p{L}\p{N}][\p{L}\p{N}'\u2019&.-]*(?<![.'\u2019-])", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public bool Contain(string text, int sentenceStart, int sentenceLength, IssueHit hit)
    {
        var words = NameWord.Matches(text.Substring(sentenceStart, sentenceLength)).Select(w => (Start: w.Index + sentenceStart, w.Value)).ToList();
        var first = words.FindIndex(w => w.Start + w.Value.Length > hit.Start);
        var last = words.FindLastIndex(w => w.Start < hit.End);
        if (first < 0 || last < first || !words.Skip(first).Take(last - first + 1).Any(w => char.IsUpper(w.Value[0])))
        {
            return false;
        }

        // "National Defense University", "Biman Bangladesh Airlines": the match ends in the head of a longer name.
        if (heads.Contains(words[last].Value) && first > 0 && InName(words, first - 1, text, forward: false))
        {
            return true;
        }

        for (var i = first - 1; i >= 0 && InName(words, i, text, forward: false); i--)
        {
            if (heads.Contains(words[i].Value))
            {
                return true;
            }
        }

        for (var i = last + 1; i < words.Count && InName(words, i, text, forward: true); i++)
        {
            if (heads.Contains(words[i].Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether word <paramref name="i"/> continues the name from its neighbour: capitalised and one space from
    /// it, or a linking word ("of", "and", "for", "the") between capitalised words.</summary>
    private static bool InName(List<(int Start, string Value)> words, int i, string text, bool forward)
    {
        var neighbour = forward ? i - 1 : i + 1;
        var (from, to) = forward ? (words[neighbour].Start + words[neighbour].Value.Length, words[i].Start) : (words[i].Start + words[i].Value.Length, words[neighbour].Start);
        if (to - from > 1 || (to > from && text[from] != ' '))
        {
            return false;
        }

        if (char.IsUpper(words[i].Value[0]))
        {
            return true;
        }

        var beyond = forward ? i + 1 : i - 1;
        return words[i].Value is "of" or "and" or "for" or "the" && beyond >= 0 && beyond < words.Count && char.IsUpper(words[beyond].Value[0]);
    }
}

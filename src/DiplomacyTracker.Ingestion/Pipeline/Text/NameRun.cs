namespace DiplomacyTracker.Ingestion.Pipeline.Text;

/// <summary>
/// A run of capitalised words that can be a person's name ("Olaf J. Scholz", "Wang Yi", "Scholz's", "S. Jaishankar"),
/// with the token range it covers in its sentence. <see cref="Key"/> leaves initials out, <see cref="Name"/> keeps
/// an opening one.
/// </summary>
internal sealed record NameRun(int From, int To, IReadOnlyList<string> Words, string Name)
{
    public string Key => string.Join(' ', Words);

    public static IEnumerable<NameRun> Find(IReadOnlyList<Token> tokens, TokenTag[] tags, Lexicon lexicon)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            // "S. Jaishankar": an initial may open a name. It stays in the name shown but not in the key, so that
            // "Jaishankar" alone, in this article or another, is the same person.
            var from = i;
            var words = new List<string>();
            var shown = new List<string>();
            if (IsInitial(tokens, i) && IsNameWord(tokens, tags, i + 2, lexicon))
            {
                shown.Add(tokens[i].Text + ".");
                i += 2;
            }
            else if (SurnameAfterTitle(tokens, tags, i, lexicon))
            {
                words.Add(tokens[i].Lower);
                shown.Add(tokens[i].Text);
                i++;
            }
            else if (!IsNameWord(tokens, tags, i, lexicon))
            {
                i++;
                continue;
            }

            while (i < tokens.Count)
            {
                var token = tokens[i];
                if (IsInitial(tokens, i))
                {
                    i += 2;
                    continue;
                }

                if (Particles.Contains(token.Lower) && i + 1 < tokens.Count && IsNameWord(tokens, tags, i + 1, lexicon) && words.Count > 0)
                {
                    words.Add(token.Lower);
                    shown.Add(token.Text);
                    i++;
                    continue;
                }

                if (!IsNameWord(tokens, tags, i, lexicon))
                {
                    break;
                }

                words.Add(token.Base);
                shown.Add(token.IsPossessive ? token.Text[..^2] : token.Text);
                i++;
                if (token.IsPossessive || words.Count == 4)
                {
                    break;
                }
            }

            if (words.Count > 0)
            {
                yield return new NameRun(from, i, words, string.Join(' ', shown));
            }
        }
    }

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "van", "der", "den", "de", "da", "al", "bin", "el", "la", "le", "du", "dos", "di", "ibn", "del",
    };

    private static bool IsInitial(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Text.Length == 1 && char.IsUpper(tokens[i].Text[0]) && i + 1 < tokens.Count && tokens[i + 1].Text == "."
        && i + 2 < tokens.Count && tokens[i + 2].IsCapitalized;

    /// <summary>"Vice Premier He Lifeng": a family name that is also an English word, right after a title.</summary>
    private static bool SurnameAfterTitle(IReadOnlyList<Token> tokens, TokenTag[] tags, int i, Lexicon lexicon) =>
        i > 0 && i + 1 < tokens.Count && tokens[i].IsCapitalized && tokens[i].Text.Length is >= 2 and <= 4
        && lexicon.CommonWords.Contains(tokens[i].Base) && tokens[i - 1].IsCapitalized
        && lexicon.TitleHeads.Match(tokens, i - 1) is not null && IsNameWord(tokens, tags, i + 1, lexicon);

    public static bool IsNameWord(IReadOnlyList<Token> tokens, TokenTag[] tags, int i, Lexicon lexicon)
    {
        var token = tokens[i];
        if (!token.IsCapitalized || tags[i].Kind != TagKind.None || token.Text.Length < 2 || char.IsDigit(token.Text[0]))
        {
            return false;
        }

        if (!token.Text.Any(char.IsLower))
        {
            return false;
        }

        // "Investments": the plural of a portfolio word is no name either.
        return !lexicon.CommonWords.Contains(token.Base) && !lexicon.TitleVocabulary.Contains(token.Base)
            && !lexicon.RoleVocabulary.Contains(token.Base)
            && !(token.Base.Length > 4 && token.Base.EndsWith('s') && lexicon.TitleVocabulary.Contains(token.Base[..^1]));
    }
}

namespace DiplomacyTracker.Ingestion.Pipeline.Text;

/// <summary>
/// Finds lexicon phrases in a token list by their first word, longest first, so a lookup costs a dictionary hit per
/// token rather than a scan of the whole lexicon.
/// </summary>
internal sealed class PhraseIndex<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirstWord = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public void Add(string phrase, T value)
    {
        var words = Tokenizer.Words(phrase);
        if (words.Length == 0)
        {
            return;
        }

        if (!_byFirstWord.TryGetValue(words[0], out var list))
        {
            list = [];
            _byFirstWord[words[0]] = list;
        }

        // Longest first, and among phrases of one length the first added first (a gazetteer adds thousands).
        var at = list.FindIndex(p => p.Words.Length < words.Length);
        list.Insert(at < 0 ? list.Count : at, (words, value));
        Count++;
    }

    /// <summary>The longest phrase starting at token <paramref name="index"/>; the last word may carry "'s".</summary>
    public PhraseMatch<T>? Match(IReadOnlyList<Token> tokens, int index, bool capitalized = false)
    {
        var first = tokens[index];
        if (capitalized && !first.IsCapitalized && !first.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return null;
        }

        if (!_byFirstWord.TryGetValue(first.Lower, out var candidates) &&
            !_byFirstWord.TryGetValue(first.Base, out candidates))
        {
            return null;
        }

        foreach (var (words, value) in candidates)
        {
            if (index + words.Length > tokens.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = 0; k < words.Length && ok; k++)
            {
                var token = tokens[index + k];
                var last = k == words.Length - 1;
                ok = token.Lower == words[k] || (last && token.Base == words[k]);
            }

            if (ok)
            {
                return new PhraseMatch<T>(index, words.Length, value);
            }
        }

        return null;
    }

    public bool Contains(string word) => _byFirstWord.ContainsKey(word);
}

internal sealed record PhraseMatch<T>(int Index, int Count, T Value)
{
    public int EndIndex => Index + Count;
}

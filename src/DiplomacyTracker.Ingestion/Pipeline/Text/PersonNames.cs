using System.Globalization;
using System.Text;

namespace DiplomacyTracker.Ingestion.Pipeline.Text;

/// <summary>
/// How the words of a person's name become keys (Lexicon/names.json). The key folds what spelling varies without
/// changing the person: accents, case, hyphens and apostrophes ("Kim Jong-un" is "kim jong un"), and a patronymic
/// between given and family name ("Vladimir Vladimirovich Putin" is "vladimir putin"). Match tokens fold further, for
/// comparing names across articles: doubled letters and a final y ("Zelenskyy", "Sergey"), and given-name variants
/// ("Joseph" is "joe").
/// </summary>
internal sealed class PersonNames
{
    private readonly HashSet<string> _particles;
    private readonly HashSet<string> _attached;
    private readonly string[] _patronymicSuffixes;
    private readonly Dictionary<string, string> _variants;

    public PersonNames(IEnumerable<string> particles, IEnumerable<string> attachedParticles, IEnumerable<string> patronymicSuffixes,
        IEnumerable<IReadOnlyList<string>> variantGroups)
    {
        _particles = new HashSet<string>(particles.Select(Fold), StringComparer.Ordinal);
        _attached = new HashSet<string>(attachedParticles.Select(Fold), StringComparer.Ordinal);
        _patronymicSuffixes = patronymicSuffixes.Select(Fold).Where(s => s.Length > 0).ToArray();
        _variants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in variantGroups.Where(g => g.Count > 1))
        {
            var canonical = Loose(Fold(group[0]));
            foreach (var form in group)
            {
                _variants.TryAdd(Loose(Fold(form)), canonical);
            }
        }
    }

    /// <summary>Name particles that are words of their own ("von", "da", "bin"), folded.</summary>
    public IReadOnlySet<string> Particles => _particles;

    /// <summary>Name particles written onto a family name with a hyphen ("al-", "el-", "ad-"), folded.</summary>
    public IReadOnlySet<string> AttachedParticles => _attached;

    /// <summary>Lower case without accents or apostrophes: "Erdoğan" is "erdogan", "Shia'" is "shia".</summary>
    public static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c is not ('\'' or '\u2019' or '.'))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }

    /// <summary>The key words of one written word: folded, split at hyphens ("Jong-un" gives "jong", "un").</summary>
    public static IEnumerable<string> KeyWords(string written) =>
        Fold(written).Split('-', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The key of a name's words, without a patronymic in the middle.</summary>
    public string Key(IReadOnlyList<string> words)
    {
        var kept = words.Where((w, i) => !(i > 0 && i < words.Count - 1 && words.Count >= 3 && IsPatronymic(w))).ToList();
        return string.Join(' ', kept);
    }

    public bool IsPatronymic(string word) =>
        word.Length > 6 && _patronymicSuffixes.Any(s => word.EndsWith(s, StringComparison.Ordinal));

    /// <summary>
    /// The tokens that say who a key names, for comparing names across articles: particles left out, doubled letters
    /// and a final "y" folded ("zelenskyy" and "zelensky" give "zelenski"), and a given-name variant given as its
    /// group's first form ("joseph" gives "joe").
    /// </summary>
    public IReadOnlyList<string> MatchTokens(string key) => key
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Where(w => !_particles.Contains(w) && !_attached.Contains(w))
        .Select(Loose)
        .Select(w => _variants.GetValueOrDefault(w, w))
        .Distinct()
        .ToList();

    private static string Loose(string word)
    {
        var folded = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (folded.Length == 0 || folded[^1] != c)
            {
                folded.Append(c);
            }
        }

        if (folded.Length > 3 && folded[^1] == 'y')
        {
            folded[^1] = 'i';
        }

        return folded.ToString();
    }
}

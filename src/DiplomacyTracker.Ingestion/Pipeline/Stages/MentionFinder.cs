using DiplomacyTracker.Ingestion.Pipeline.Document;
using DiplomacyTracker.Ingestion.Pipeline.Text;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// Finds where known people are mentioned in a sentence: by full name, by one part of the name (the person named
/// most recently wins when parts are shared, as with several officials called Wang), or by title alone
/// ("the Secretary", "the Chinese leader").
/// </summary>
internal sealed class MentionFinder(Lexicon lexicon, PersonRegistry registry)
{
    private static readonly HashSet<string> VagueRoles = new(StringComparer.Ordinal)
    {
        "official", "counterpart", "head", "chief", "director", "diplomat", "general", "top diplomat", "commander", "chair",
    };

    /// <summary>The mentions in one sentence; <paramref name="earlier"/> counts those before it and learns these.</summary>
    public List<PersonMention> Find(SentenceNames names, MentionTally earlier)
    {
        var found = new List<PersonMention>();
        var tokens = names.Tokens;
        for (var r = 0; r < names.Runs.Count; r++)
        {
            var run = names.Runs[r];
            var (reading, phraseStart, phraseEnd) = names.Readings[r];
            var titled = reading.IsOfficial || reading.NotOfficial;
            var nameStart = tokens[run.From].Start;
            var nameEnd = tokens[run.To - 1].End;
            var start = titled ? tokens[phraseStart].Start : nameStart;
            var end = titled ? tokens[phraseEnd - 1].End : nameEnd;
            if (registry.Find(run.Key) is { } id)
            {
                found.Add(earlier.Note(new PersonMention(id, names.Sentence.Index, nameStart, nameEnd, start, end,
                    run.Words.Count > 1 ? MentionKind.FullName : MentionKind.PartName)));
            }
            else if (run.Words.Count == 1 && Part(run.Words[0], earlier) is { } part)
            {
                found.Add(earlier.Note(new PersonMention(part, names.Sentence.Index, nameStart, nameEnd, start, end, MentionKind.PartName)));
            }
            else if (run.Words.Count > 1 && Within(run.Key) is { } whole)
            {
                // "Sheikh Mohamed" for Sheikh Mohamed bin Zayed, "Lula da Silva" for Luiz Inacio Lula da Silva.
                found.Add(earlier.Note(new PersonMention(whole, names.Sentence.Index, nameStart, nameEnd, start, end, MentionKind.PartName)));
            }
        }

        foreach (var role in Roles(names, earlier).ToList())
        {
            found.Add(earlier.Note(role));
        }

        foreach (var acronym in Acronyms(names))
        {
            found.Add(earlier.Note(acronym));
        }

        return found;
    }

    /// <summary>"EAM", "NSA": the initials of an official's title, as press releases shorten them, name that official.</summary>
    private IEnumerable<PersonMention> Acronyms(SentenceNames names)
    {
        var tokens = names.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || token.Text.Length is < 2 or > 5 || !token.Text.All(char.IsUpper) || names.Tags[i].Kind != TagKind.None)
            {
                continue;
            }

            _initials ??= registry.People.Where(p => p.IsOfficial)
                .SelectMany(p => p.Titles.Select(t => (Initials: Initials(t.Title), p.Id))).Where(x => x.Initials.Length >= 2)
                .GroupBy(x => x.Initials).ToDictionary(g => g.Key, g => g.Select(x => x.Id).Distinct().Count() == 1 ? g.First().Id : -1, StringComparer.Ordinal);
            if (_initials.TryGetValue(token.Text, out var owner) && owner >= 0)
            {
                yield return new PersonMention(owner, names.Sentence.Index, token.Start, token.End, token.Start, token.End, MentionKind.Role);
            }
        }
    }

    private Dictionary<string, int>? _initials;

    private static string Initials(string title) =>
        string.Concat(title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));

    /// <summary>The one person whose name holds these words in this order, if only one does.</summary>
    private int? Within(string key)
    {
        var holders = registry.People.Where(p => p.Key.Length > key.Length && HoldsWords(p.Key, key)).Take(2).ToList();
        return holders.Count == 1 ? holders[0].Id : null;
    }

    /// <summary>Whether <paramref name="key"/> stands in <paramref name="name"/> as whole words.</summary>
    private static bool HoldsWords(string name, string key)
    {
        for (var at = name.IndexOf(key, StringComparison.Ordinal); at >= 0; at = name.IndexOf(key, at + 1, StringComparison.Ordinal))
        {
            var end = at + key.Length;
            if ((at == 0 || name[at - 1] == ' ') && (end == name.Length || name[end] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private int? Part(string word, MentionTally before)
    {
        var candidates = registry.WithPart(word).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var latest = candidates.Where(c => before.LastSeen(c.Id) is not null).MaxBy(c => before.LastSeen(c.Id));
        return (latest ?? candidates[0]).Id;
    }

    private IEnumerable<PersonMention> Roles(SentenceNames names, MentionTally before)
    {
        var tokens = names.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Base != "the")
            {
                continue;
            }

            var k = i + 1;
            string? country = null;
            while (k < tokens.Count && names.Tags[k].Kind is TagKind.Nationality or TagKind.Country)
            {
                country ??= names.Tags[k].Country;
                k++;
            }

            // "the External Affairs Minister": government words may stand before the title word.
            var phraseStart = k;
            while (k < tokens.Count && lexicon.TitleHeads.Match(tokens, k) is null && tokens[k].IsCapitalized && lexicon.TitleVocabulary.Contains(tokens[k].Base))
            {
                k++;
            }

            if (k >= tokens.Count || lexicon.TitleHeads.Match(tokens, k) is not { } head || VagueRoles.Contains(head.Value.Title))
            {
                continue;
            }

            var after = head.EndIndex;
            if (after < tokens.Count && (NameRun.IsNameWord(tokens, names.Tags, after, lexicon) || tokens[after].Lower is "of" or "for"
                || tokens[after].IsCapitalized))
            {
                continue;
            }

            var phrase = string.Join(' ', tokens.Skip(phraseStart).Take(after - phraseStart).Select(t => t.Text));
            if (Resolve(head.Value, phrase, country, before) is { } person)
            {
                yield return new PersonMention(person, names.Sentence.Index, tokens[k].Start, tokens[after - 1].End,
                    tokens[i].Start, tokens[after - 1].End, MentionKind.Role);
            }
        }
    }

    private int? Resolve(Knowledge.TitleHead head, string phrase, string? country, MentionTally before)
    {
        var officials = registry.People.Where(p => p.IsOfficial && (country is null || p.Country == country)).ToList();
        var same = officials.Where(p => p.Titles.Any(t => t.Title.Equals(phrase, StringComparison.OrdinalIgnoreCase))).ToList();
        var exact = same.Count > 0 ? same : officials.Where(p => p.Titles.Any(t => t.Title.StartsWith(head.Title, StringComparison.OrdinalIgnoreCase) || t.Head == head.Title)).ToList();
        var candidates = exact.Count > 0 ? exact : country is null ? [] : officials.Where(p => p.Titles.Any(t => Kind(t.Head) == head.Kind)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        return candidates.OrderByDescending(c => before.Count(c.Id)).First().Id;
    }

    private string? Kind(string head) => lexicon.TitleHeads.Match(Tokenizer.Tokenize(head), 0)?.Value.Kind;
}

/// <summary>
/// How often and how lately each person was mentioned so far, kept as mentions are found so that a sentence never
/// rescans the article before it (extraction stays linear in the article's length).
/// </summary>
internal sealed class MentionTally
{
    private readonly Dictionary<int, (int Count, int Last)> _seen = [];
    private int _order;

    public PersonMention Note(PersonMention mention)
    {
        var (count, _) = _seen.GetValueOrDefault(mention.Person);
        _seen[mention.Person] = (count + 1, _order++);
        return mention;
    }

    public int Count(int person) => _seen.GetValueOrDefault(person).Count;

    /// <summary>The order of the person's latest mention, or null when not yet mentioned.</summary>
    public int? LastSeen(int person) => _seen.TryGetValue(person, out var seen) ? seen.Last : null;
}

using System.Collections.Immutable;
using DiplomacyTracker.Ingestion.Pipeline.Document;
using DiplomacyTracker.Ingestion.Pipeline.Text;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// Finds people and their titles. A name is an official only when a government title stands next to it, before
/// ("Chinese Foreign Minister X", "China's spokesperson for the Foreign Ministry, X") or after it ("X, the governor of
/// Y"); a non-official role (analyst, co-founder, correspondent) rules that out. Then every mention of each person is
/// found: full name, one part of it ("Scholz", "Xi"), or the title alone ("the Secretary").
/// </summary>
internal sealed partial class PeopleFinder(Lexicon lexicon) : IArticleStage
{
    public DocumentPart Reads => DocumentPart.Text | DocumentPart.Tokens | DocumentPart.Sentences;

    public DocumentPart Assigns => DocumentPart.People;

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[a-z]+ed|paid|made|met|said|told|held|is|was|has|had|will|took|gave|spoke|went|came|flew|left|says|tells|meets|holds|pays|makes)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Predicate();

    /// <summary>"Kurdish President X", "Bavarian Premier Y": a people's or region's adjective, not a company's name.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Z][a-z]+(?:ish|ian|ean|ese|an|i|ic)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Demonym();

    public ArticleDocument Run(ArticleDocument document, CancellationToken cancellationToken)
    {
        var registry = new PersonRegistry();
        var sentences = new List<SentenceNames>();
        var found = new List<(Sentence Sentence, List<Token> Tokens, TokenTag[] Tags, List<NameRun> Runs, bool TitleCase)>();
        var bodyNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tokens = document.TokensOf(sentence).ToList();
            var tags = TokenTagger.Tag(tokens, lexicon);
            var runs = NameRun.Find(tokens, tags, lexicon).ToList();
            var titleCase = IsTitleCase(document, sentence, tokens);
            if (!titleCase)
            {
                bodyNames.UnionWith(runs.Select(r => r.Key));
            }

            found.Add((sentence, tokens, tags, runs, titleCase));
        }

        foreach (var (sentence, tokens, tags, allRuns, titleCase) in found)
        {
            // A Title Case headline capitalises verbs too ("Spokesperson Announces X's Visit"): there a name is only
            // the part of a run the body names as well.
            var runs = titleCase ? allRuns.Select(r => NameLine(tokens, r, bodyNames) ? r : ConfirmedPart(tokens, r, bodyNames)).OfType<NameRun>().ToList() : allRuns;
            var readings = runs.Select(run => Classify(tokens, tags, run)).ToList();
            sentences.Add(new SentenceNames(sentence, tokens, tags, runs, readings));
            for (var r = 0; r < runs.Count; r++)
            {
                var (reading, _, _) = readings[r];
                if (runs[r].Words.Count >= 2 && (reading.IsOfficial || reading.NotOfficial))
                {
                    registry.Note(runs[r], reading, sentence.Index);
                }
            }
        }

        foreach (var names in sentences)
        {
            for (var r = 0; r < names.Runs.Count; r++)
            {
                var run = names.Runs[r];
                var (reading, _, _) = names.Readings[r];
                var closing = run.To < names.Tokens.Count && names.Tokens[run.To].Text == ")";
                if (run.Words.Count == 1 && reading.IsOfficial && !closing && !registry.HasPart(run.Words[0]))
                {
                    // "named Sophie X as minister ... X, a former trade minister": the title goes to the full name.
                    var full = sentences.SelectMany(n => n.Runs).FirstOrDefault(o => o.Words.Count >= 2 && o.Words[^1] == run.Words[0]);
                    registry.Note(full ?? run, reading, names.Sentence.Index);
                }
            }
        }

        registry.TakeCountriesFromOwners();
        registry.TakeCountriesFromOffices(lexicon.CountryOffices);
        var mentions = new List<PersonMention>();
        var mentionFinder = new MentionFinder(lexicon, registry);
        var tally = new MentionTally();
        foreach (var names in sentences)
        {
            mentions.AddRange(mentionFinder.Find(names, tally));
        }

        return document with { People = registry.People, Mentions = mentions };
    }

    /// <summary>A headline in Title Case: nearly every longer word capitalised, verbs included.</summary>
    private static bool IsTitleCase(ArticleDocument document, Sentence sentence, List<Token> tokens)
    {
        var alone = (sentence.Index == 0 || document.Sentences[sentence.Index - 1].Paragraph != sentence.Paragraph)
            && (sentence.Index + 1 >= document.Sentences.Count || document.Sentences[sentence.Index + 1].Paragraph != sentence.Paragraph);
        if (!alone || sentence.Length > 160 || document.Text[sentence.End - 1] is '.' or '"')
        {
            return false;
        }

        var words = tokens.Where(t => t.IsWord && t.Text.Length >= 4 && !char.IsDigit(t.Text[0])).ToList();
        return words.Count >= 3 && words.Count(t => t.IsCapitalized) * 10 >= words.Count * 9;
    }

    /// <summary>
    /// "Secretary of Commerce Laura Benning" on a line of its own (a transcript's or release's header): a title, then a
    /// name that ends the line and whose last word the body names, is the full name, not a headline's capitalised verbs.
    /// </summary>
    private bool NameLine(List<Token> tokens, NameRun run, HashSet<string> bodyNames) =>
        run.From > 0 && run.Words.Count >= 2 && lexicon.TitleVocabulary.Contains(tokens[run.From - 1].Lower)
        && tokens.Skip(run.To).All(t => !t.IsWord) && bodyNames.Contains(run.Words[^1]);

    /// <summary>The longest part of a headline's name run that the body names as a name of its own, if any.</summary>
    private static NameRun? ConfirmedPart(List<Token> tokens, NameRun run, HashSet<string> bodyNames)
    {
        var at = new List<int>();
        for (int i = run.From, w = 0; i < run.To && w < run.Words.Count; i++)
        {
            if (tokens[i].IsWord && (tokens[i].Base == run.Words[w] || tokens[i].Lower == run.Words[w]))
            {
                at.Add(i);
                w++;
            }
        }

        if (at.Count != run.Words.Count)
        {
            return bodyNames.Contains(run.Key) ? run : null;
        }

        for (var length = run.Words.Count; length >= 1; length--)
        {
            for (var a = 0; a + length <= run.Words.Count; a++)
            {
                var words = run.Words.Skip(a).Take(length).ToList();
                if (bodyNames.Contains(string.Join(' ', words)))
                {
                    var from = at[a];
                    var to = at[a + length - 1] + 1;
                    var name = string.Join(' ', Enumerable.Range(a, length).Select(k => tokens[at[k]]).Select(t => t.IsPossessive ? t.Text[..^2] : t.Text));
                    return length == run.Words.Count ? run : new NameRun(from, to, words, name);
                }
            }
        }

        return null;
    }

    private (TitleReading Reading, int PhraseStart, int PhraseEnd) Classify(IReadOnlyList<Token> tokens, TokenTag[] tags, NameRun run)
    {
        // "the top diplomat for East Asia": a capitalised word right after a preposition completes a title, it is no name.
        if (run.From > 0 && tokens[run.From - 1].Lower is "of" or "for" or "in" or "at" or "to" or "from" or "on")
        {
            return (TitleReading.Nothing, run.From, run.To);
        }

        var left = LeftPhraseStart(tokens, tags, run.From);
        var leftEnd = HonorificStart(tokens, run.From);
        leftEnd = leftEnd > 0 && tokens[leftEnd - 1].Text == "," ? leftEnd - 1 : leftEnd;
        var before = left < leftEnd ? TitlePhrase.Read(tokens, tags, left, leftEnd, lexicon, nearestHead: true) : TitleReading.Nothing;

        // A capitalised word we do not know right before a bare title: a region before a regional title ("Jalisco
        // Governor X") belongs to the title; a company before any other ("Acme President X") makes it no government title.
        if (before.IsOfficial && !before.Governmental && left > 0 && tokens[left - 1].IsCapitalized
            && !lexicon.CommonWords.Contains(tokens[left - 1].Base) && tokens[left - 1].Text.Any(char.IsLower)
            && !Demonym().IsMatch(tokens[left - 1].Text))
        {
            if (before.Head!.Kind is "governor" or "party_secretary")
            {
                left--;
                before = before with { Title = $"{tokens[left].Text} {before.Title}" };
            }
            else
            {
                before = TitleReading.Nothing;
            }
        }
        var after = TitleReading.Nothing;
        var phraseEnd = run.To;
        if (run.To < tokens.Count && tokens[run.To].Text == ",")
        {
            // An appositive ends at punctuation; one that runs into the next name is that name's title instead
            // ("X, Director of Y and Foreign Minister Z").
            var end = run.To + 1;
            var intoName = false;
            while (end < tokens.Count && end - run.To < 30 && tokens[end].Text is not ("," or ";" or "." or "\"") && !intoName)
            {
                intoName = end + 1 < tokens.Count && NameRun.IsNameWord(tokens, tags, end, lexicon) && NameRun.IsNameWord(tokens, tags, end + 1, lexicon);
                end++;
            }

            // "Y, the Prime Minister of Z, X, paid ...": a title set off by commas right before another name is that name's.
            intoName |= end + 2 < tokens.Count && tokens[end].Text == "," && NameRun.IsNameWord(tokens, tags, end + 1, lexicon)
                && NameRun.IsNameWord(tokens, tags, end + 2, lexicon);

            // "X, paid an official visit ...": a verb after the comma starts the predicate, not an appositive.
            intoName |= run.To + 1 < tokens.Count && Predicate().IsMatch(tokens[run.To + 1].Text);

            // "..., an Australian defence official said": the speaker of the sentence, not an appositive; "X, when a
            // president visits": a clause, not an appositive.
            var speaker = Enumerable.Range(run.To + 1, end - run.To - 1).Any(k => lexicon.Grammar.SpeechVerbs.Contains(tokens[k].Lower));
            var clause = run.To + 1 < tokens.Count && lexicon.Grammar.Subordinators.Contains(tokens[run.To + 1].Lower);
            after = intoName || speaker || clause ? TitleReading.Nothing : TitlePhrase.Read(tokens, tags, run.To + 1, end, lexicon, headWithin: 6);
            if (after.IsOfficial || after.NotOfficial)
            {
                phraseEnd = end;
            }
        }

        var phraseStart = before.IsOfficial || before.NotOfficial ? left : run.From;
        if (before.NotOfficial || after.NotOfficial)
        {
            return (before.NotOfficial ? before : after, phraseStart, phraseEnd);
        }

        // "Foreign Minister X of Sweden", "King X of Jordan".
        var of = run.To + 1 < tokens.Count && tokens[run.To].Lower == "of" && tags[run.To + 1].Kind == TagKind.Country ? tags[run.To + 1].Country : null;
        if (before.IsOfficial)
        {
            // "AU Commission Chairperson X, who was in Nairobi for ...": where an international official is says
            // nothing of a country they serve.
            return (before with { Country = before.Country ?? (before.International ? null : after.Country) ?? of }, phraseStart, phraseEnd);
        }

        // "King X of Jordan": a monarch named by title carries the title in the name.
        if (!after.IsOfficial && lexicon.RegnalTitles.Match(tokens, run.From) is { } regnal
            && TitlePhrase.Read(tokens, tags, run.From, regnal.EndIndex, lexicon) is { IsOfficial: true } own)
        {
            return (own with { Country = own.Country ?? of }, run.From, run.To);
        }

        return (after, phraseStart, phraseEnd);
    }

    /// <summary>Walks left from a name over title words, places and bodies: "U.S. Secretary of State |Jane Doe".</summary>
    private int LeftPhraseStart(IReadOnlyList<Token> tokens, TokenTag[] tags, int nameStart)
    {
        var j = HonorificStart(tokens, nameStart) - 1;
        if (j >= 1 && tokens[j].Text == "," && tokens[j - 1].IsWord
            && (lexicon.TitleVocabulary.Contains(tokens[j - 1].Base) || tags[j - 1].Kind is TagKind.Body or TagKind.Country))
        {
            j--;
        }

        while (j >= 0 && InTitle(tokens, tags, j))
        {
            j--;
        }

        var start = j + 1;
        while (start < nameStart && tokens[start].Lower is "and" or "the" or "of" or "for" or "," or "(" or ")" or "&")
        {
            start++;
        }

        return start;
    }

    private bool PortfolioWord(Token token) =>
        lexicon.TitleVocabulary.Contains(token.Lower) || (token.Lower.EndsWith('s') && lexicon.TitleVocabulary.Contains(token.Lower[..^1]));

    /// <summary>Where the words of address before a name begin: "Minister |Dr. X", "|H.E. X".</summary>
    private int HonorificStart(IReadOnlyList<Token> tokens, int nameStart)
    {
        var j = nameStart;
        while (j > 0 && (lexicon.Honorifics.Contains(tokens[j - 1].Lower) || lexicon.Honorifics.Contains(tokens[j - 1].Lower.TrimEnd('.'))
            || (tokens[j - 1].Text == "." && j >= 2 && lexicon.Honorifics.Contains(tokens[j - 2].Lower))))
        {
            j--;
        }

        return j;
    }

    private bool InTitle(IReadOnlyList<Token> tokens, TokenTag[] tags, int i)
    {
        var token = tokens[i];
        if (!token.IsWord)
        {
            // "Minister of Industry, Trade and Investment X": a comma between portfolio words stays inside the title.
            // (Not "the visit to the United States, President of Ukraine X": a place before the comma ends another phrase.)
            // "Sen. X", "Lt. Gen. X": the period of an abbreviated title stays inside it.
            if (token.Text == "." && i > 0 && lexicon.Grammar.Abbreviations.Contains(tokens[i - 1].Lower)
                && (lexicon.TitleHeads.Match(tokens, i - 1) is not null || lexicon.TitleHeads.Match(tokens, i + 1) is not null))
            {
                return true;
            }

            return token.Text is "(" or ")" or "&"
                || (token.Text == "," && i > 0 && i + 1 < tokens.Count && tokens[i - 1].IsCapitalized && tokens[i + 1].IsCapitalized
                    && tags[i - 1].Kind == TagKind.None && PortfolioWord(tokens[i - 1]) && PortfolioWord(tokens[i + 1]));
        }

        // "Ambassador to Canada X", "Assistant to the President and Senior Director ... at the National Security Council
        // X": "to" or "at" between a title word and a capitalised complement stays inside the title.
        if (token.Lower is "to" or "at" && i > 0 && i + 1 < tokens.Count && tokens[i - 1].IsCapitalized
            && (lexicon.TitleVocabulary.Contains(tokens[i - 1].Base) || lexicon.TitleHeads.Match(tokens, i - 1) is not null || tags[i - 1].Kind != TagKind.None)
            && (tokens[i + 1].IsCapitalized || (tokens[i + 1].Lower == "the" && i + 2 < tokens.Count && tokens[i + 2].IsCapitalized)))
        {
            return true;
        }

        // "Minister of Industry and Advanced Technology X": a capitalised word between "and" and a portfolio word.
        var portfolioQualifier = token.IsCapitalized && i > 0 && tokens[i - 1].Lower is "and" or "of" && i + 1 < tokens.Count
            && tokens[i + 1].IsCapitalized && lexicon.TitleVocabulary.Contains(tokens[i + 1].Base);
        return portfolioQualifier || tags[i].Kind != TagKind.None || TitlePhrase.IsAcronym(token) || lexicon.TitleVocabulary.Contains(token.Base)
            || lexicon.TitleHeads.Match(tokens, i) is not null
            || lexicon.RoleVocabulary.Contains(token.Base) || lexicon.TitleVocabulary.Contains(token.Lower) || PortfolioWord(token);
    }
}

/// <summary>One sentence's tokens, tags, name runs and what the phrase around each run says.</summary>
internal sealed record SentenceNames(
    Sentence Sentence,
    IReadOnlyList<Token> Tokens,
    TokenTag[] Tags,
    IReadOnlyList<NameRun> Runs,
    IReadOnlyList<(TitleReading Reading, int PhraseStart, int PhraseEnd)> Readings);

/// <summary>The people of one article by key, merging what each sentence says about them.</summary>
internal sealed class PersonRegistry
{
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly List<Person> _people = [];

    public IReadOnlyList<Person> People => _people;

    public int? Find(string key) => _byKey.TryGetValue(key, out var id) ? id : null;

    public bool HasPart(string word) => _people.Any(p => p.Key != word && p.NameWords.Contains(word));

    public IEnumerable<Person> WithPart(string word) => _people.Where(p => p.NameWords.Contains(word));

    /// <summary>"Chancellor's spokesman X": X serves the same country as the article's chancellor.</summary>
    public void TakeCountriesFromOwners()
    {
        for (var i = 0; i < _people.Count; i++)
        {
            var person = _people[i];
            if (person.Country is not null || !person.IsOfficial)
            {
                continue;
            }

            var owner = person.Titles.Select(t => t.Title.IndexOf("'s ", StringComparison.Ordinal) is var at and > 0 ? t.Title[..at].ToLowerInvariant() : null)
                .OfType<string>().FirstOrDefault();
            var country = owner is null ? null : _people.FirstOrDefault(p => p.Id != person.Id && p.Country is not null
                && p.Titles.Any(t => t.Title.Equals(owner, StringComparison.OrdinalIgnoreCase) || t.Head == owner))?.Country;
            if (country is not null)
            {
                _people[i] = person with { Country = country, CountryFromContext = false, International = false };
            }
        }
    }

    /// <summary>"External Affairs Minister X", "Union Minister of Y X": an office only one government has names its holder's country.</summary>
    public void TakeCountriesFromOffices(IReadOnlyList<(string[] Words, string Country)> offices)
    {
        for (var i = 0; i < _people.Count; i++)
        {
            var person = _people[i];
            if (person.Country is not null || !person.IsOfficial)
            {
                continue;
            }

            var country = person.Titles.Select(t => Tokenizer.Words(t.Title))
                .SelectMany(words => offices.Where(o => words.AsSpan().StartsWith(o.Words) || words.AsSpan().EndsWith(o.Words)))
                .Select(o => o.Country).FirstOrDefault();
            if (country is not null)
            {
                _people[i] = person with { Country = country, CountryFromContext = false, International = false };
            }
        }
    }

    public void Note(NameRun run, TitleReading reading, int sentence)
    {
        var key = run.Key;
        var title = reading.IsOfficial ? new PersonTitle(reading.Title ?? reading.Head!.Title, reading.Head!.Title, sentence) : null;
        if (_byKey.TryGetValue(key, out var id))
        {
            var known = _people[id];
            _people[id] = known with
            {
                IsOfficial = known.IsOfficial || reading.IsOfficial,
                Country = known.Country ?? reading.Country,
                CountryFromContext = known.Country is null && reading.Country is null && (known.CountryFromContext || reading.GenericBody),
                Titles = title is null || known.Titles.Any(t => t.Title == title.Title) ? known.Titles : known.Titles.Add(title),
                International = known.Country is null && reading.Country is null && (known.International || reading.International),
            };
            return;
        }

        _byKey[key] = _people.Count;
        _people.Add(new Person(_people.Count, key, run.Name, reading.IsOfficial, reading.Country,
            reading.Country is null && reading.GenericBody, title is null ? [] : ImmutableList.Create(title))
        {
            International = reading.Country is null && reading.International,
        });
    }
}

namespace DiplomacyTracker.Ingestion.Pipeline.Text;

/// <summary>
/// A run of capitalised words that can be a person's name ("Olaf J. Scholz", "Wang Yi", "Scholz's", "S. Jaishankar",
/// "Mohammed Shia' al-Sudani"), with the token range it covers in its sentence. Words of address before it ("Datuk
/// Seri") are not part of it. <see cref="Words"/> are the folded key words (see <see cref="PersonNames"/>);
/// <see cref="Key"/> leaves initials and a patronymic out, <see cref="Name"/> keeps the name as written.
/// </summary>
internal sealed record NameRun(int From, int To, IReadOnlyList<string> Words, string Name)
{
    public string Key { get; init; } = string.Join(' ', Words);

    public static IEnumerable<NameRun> Find(IReadOnlyList<Token> tokens, TokenTag[] tags, Lexicon lexicon)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            // "S. Jaishankar": an initial may open a name. It stays in the name shown but not in the key, so that
            // "Jaishankar" alone, in this article or another, is the same person.
            // "Datuk Seri Anwar Ibrahim", "His Majesty Sultan Ibrahim": the words of address stay out of the name.
            while (lexicon.HonorificPhrases.Match(tokens, i) is { } honorific && honorific.EndIndex < tokens.Count
                && tokens[i].IsCapitalized && IsNameWord(tokens, tags, honorific.EndIndex, lexicon))
            {
                i = honorific.EndIndex;
            }

            var from = i;
            var words = new List<string>();
            var shown = new List<string>();
            if (Regnal(tokens, tags, i, lexicon) is { } regnal)
            {
                // "Sultan Ibrahim", "King Abdullah of Jordan": a monarch's title and single name are the name.
                var name = tokens[regnal];
                var named = name.IsPossessive ? name.Text[..^2] : name.Text;
                var title = tokens.Skip(i).Take(regnal - i).Select(t => t.Text).ToList();
                var regnalWords = title.SelectMany(PersonNames.KeyWords).Concat(PersonNames.KeyWords(named)).ToList();
                yield return new NameRun(i, regnal + 1, regnalWords, string.Join(' ', title.Append(named))) { Key = lexicon.Names.Key(regnalWords) };
                i = regnal + 1;
                continue;
            }

            if (GivenNameAfterTitle(tokens, tags, i, lexicon))
            {
                // "Minister of Industry Sultan Al Jaber": after a title of its own, "Sultan" is a given name.
                words.Add(tokens[i].Lower);
                shown.Add(tokens[i].Text);
                i++;
            }
            else if (IsInitial(tokens, i) && IsNameWord(tokens, tags, i + 2, lexicon))
            {
                shown.Add(tokens[i].Text + ".");
                i += 2;
            }
            else if (IsBareInitial(tokens, i) && IsNameWord(tokens, tags, i + 1, lexicon))
            {
                // "S Jaishankar": an initial without its period.
                shown.Add(tokens[i].Text);
                i += 1;
            }
            else if (SurnameAfterTitle(tokens, tags, i, lexicon))
            {
                words.Add(PersonNames.Fold(tokens[i].Text));
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

                // "da Silva", "von der Leyen", "van den Berg": one particle or a run of them, then a name word.
                if (words.Count > 0 && ParticlesBeforeName(tokens, tags, i, lexicon) is var particles and > 0)
                {
                    for (var p = i; p < i + particles; p++)
                    {
                        words.Add(tokens[p].Lower);
                        shown.Add(tokens[p].Text);
                    }

                    i += particles;
                    continue;
                }

                // "Shia' al-Sudani": an apostrophe written onto a name word (a transliterated consonant) stays inside.
                if (token.Text is "'" && words.Count > 0 && token.Start == tokens[i - 1].End && i + 1 < tokens.Count
                    && IsNameWord(tokens, tags, i + 1, lexicon))
                {
                    shown[^1] += token.Text;
                    i++;
                    continue;
                }

                if (!IsNameWord(tokens, tags, i, lexicon))
                {
                    break;
                }

                words.AddRange(PersonNames.KeyWords(token.IsPossessive ? token.Text[..^2] : token.Text));
                shown.Add(token.IsPossessive ? token.Text[..^2] : token.Text);
                i++;
                // Four name words at most; particles do not count ("Sheikh Mohamed bin Zayed Al Nahyan" is whole).
                if (token.IsPossessive || words.Count(w => !lexicon.Names.Particles.Contains(w)) >= 4)
                {
                    break;
                }
            }

            // "Minister of Industry and Advanced Technology X": a capitalised word between "and" and a portfolio word
            // is part of the title.
            if (words.Count == 1 && from > 0 && tokens[from - 1].Lower is "and" or "of" or "for" && i < tokens.Count
                && tokens[i].IsCapitalized && lexicon.TitleVocabulary.Contains(tokens[i].Base) && lexicon.TitleHeads.Match(tokens, i) is null)
            {
                continue;
            }

            if (words.Count > 0 && !NamesAnOrganisation(tokens, i, lexicon))
            {
                yield return new NameRun(from, i, words, string.Join(' ', shown)) { Key = lexicon.Names.Key(words) };
            }
        }
    }

    /// <summary>
    /// "Workers' Party", "Asian Infrastructure Investment Bank", "Maritime Territory Administration": capitalised words
    /// that run on into an organisation's or a place's last word are that name, not a person's.
    /// </summary>
    private static bool NamesAnOrganisation(IReadOnlyList<Token> tokens, int after, Lexicon lexicon)
    {
        for (var j = after; j < tokens.Count && j < after + 4; j++)
        {
            var token = tokens[j];
            if (token.Text == "'" && j == after)
            {
                continue;
            }

            if (!token.IsCapitalized)
            {
                return false;
            }

            if (lexicon.OrganisationHeads.Contains(token.Base))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A title word that is also a given name, right after a capitalised title word and before a name.</summary>
    private static bool GivenNameAfterTitle(IReadOnlyList<Token> tokens, TokenTag[] tags, int i, Lexicon lexicon) =>
        i > 0 && i + 1 < tokens.Count && tokens[i].IsCapitalized && lexicon.TitlesAlsoGivenNames.Contains(tokens[i].Lower)
        && tokens[i - 1].IsCapitalized && lexicon.TitleVocabulary.Contains(tokens[i - 1].Base)
        && (IsNameWord(tokens, tags, i + 1, lexicon) || ParticlesBeforeName(tokens, tags, i + 1, lexicon) > 0);

    /// <summary>How many name particles start at <paramref name="i"/> and are followed by a name word (0 if none are).</summary>
    private static int ParticlesBeforeName(IReadOnlyList<Token> tokens, TokenTag[] tags, int i, Lexicon lexicon)
    {
        var j = i;
        while (j < tokens.Count && j - i < 3 && lexicon.Names.Particles.Contains(tokens[j].Lower))
        {
            j++;
        }

        return j > i && j < tokens.Count && IsNameWord(tokens, tags, j, lexicon) ? j - i : 0;
    }

    /// <summary>The index of a monarch's one name after a capitalised regnal title ("Sultan |Ibrahim,"), if there is one.</summary>
    private static int? Regnal(IReadOnlyList<Token> tokens, TokenTag[] tags, int i, Lexicon lexicon)
    {
        if (!tokens[i].IsCapitalized || lexicon.RegnalTitles.Match(tokens, i) is not { } title || title.EndIndex >= tokens.Count
            || !tokens.Skip(i).Take(title.EndIndex - i).All(t => t.IsCapitalized))
        {
            return null;
        }

        var name = title.EndIndex;
        // "Crown Prince Mohammed bin Salman", "King Charles Windsor": more name follows, so the title is no part of it.
        var more = !tokens[name].IsPossessive && name + 1 < tokens.Count
            && (IsNameWord(tokens, tags, name + 1, lexicon) || lexicon.Names.Particles.Contains(tokens[name + 1].Lower));
        return IsNameWord(tokens, tags, name, lexicon) && !more ? name : null;
    }

    /// <summary>A capital letter standing alone before a name ("S Jaishankar"); not the words "A" and "I".</summary>
    private static bool IsBareInitial(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Text.Length == 1 && char.IsUpper(tokens[i].Text[0]) && tokens[i].Text is not ("A" or "I")
        && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && tokens[i + 1].Start == tokens[i].End + 1;

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

        // "al-Sudani", "el-Sisi": a particle written onto the family name.
        if (!token.IsCapitalized && token.Text.IndexOf('-') is var hyphen and > 0 && hyphen + 1 < token.Text.Length
            && char.IsUpper(token.Text[hyphen + 1]) && lexicon.Names.AttachedParticles.Contains(token.Lower[..hyphen]) && tags[i].Kind == TagKind.None)
        {
            return true;
        }

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

namespace DiplomacyTracker.Ingestion.Pipeline.Text;

internal enum TagKind
{
    None,
    Nationality,
    Country,
    City,
    Body,

    /// <summary>A continent or part of the world ("South America", "Latin American"): no country, no place visited.</summary>
    WorldRegion,
}

/// <summary>What a lexicon says about a token of a sentence: part of a nationality, country, city or government body.</summary>
internal readonly record struct TokenTag(TagKind Kind, string? Country, string? Name, int PhraseStart, int PhraseLength)
{
    public static TokenTag None { get; } = new(TagKind.None, null, null, 0, 0);
}

/// <summary>Tags the tokens of one sentence with the places, nationalities and bodies the lexicon knows.</summary>
internal static class TokenTagger
{
    public static TokenTag[] Tag(IReadOnlyList<Token> tokens, Lexicon lexicon)
    {
        var tags = new TokenTag[tokens.Count];
        for (var i = 0; i < tokens.Count;)
        {
            if (!tokens[i].IsWord)
            {
                i++;
                continue;
            }

            var best = TokenTag.None;
            var length = 0;
            Consider(lexicon.Bodies.Match(tokens, i), m => new TokenTag(TagKind.Body, m.Value.Country, m.Value.Name, i, m.Count));
            Consider(International(tokens, i, lexicon), m => new TokenTag(TagKind.Body, null, m.Value.Name, i, m.Count));
            Consider(lexicon.Countries.Match(tokens, i, capitalized: true), m => new TokenTag(TagKind.Country, m.Value, m.Value, i, m.Count));
            Consider(lexicon.Nationalities.Match(tokens, i, capitalized: true), m => new TokenTag(TagKind.Nationality, m.Value, m.Value, i, m.Count));
            Consider(lexicon.Cities.Match(tokens, i, capitalized: true), m => new TokenTag(TagKind.City, m.Value.Country, m.Value.Name, i, m.Count));
            Consider(lexicon.WorldRegions.Match(tokens, i, capitalized: true), m => new TokenTag(TagKind.WorldRegion, null, m.Value, i, m.Count));
            if (length == 0)
            {
                i++;
                continue;
            }

            for (var k = i; k < i + length; k++)
            {
                tags[k] = best;
            }

            i += length;

            void Consider<T>(PhraseMatch<T>? match, Func<PhraseMatch<T>, TokenTag> make)
            {
                if (match is not null && match.Count > length)
                {
                    best = make(match);
                    length = match.Count;
                }
            }
        }

        return tags;
    }

    /// <summary>A body of many states; one named by its initials only as written in capitals ("UN", not "Kim Jong Un").</summary>
    private static PhraseMatch<Knowledge.GovernmentBody>? International(IReadOnlyList<Token> tokens, int i, Lexicon lexicon) =>
        lexicon.InternationalBodies.Match(tokens, i, capitalized: true) is { } match
        && (!AllCapitals(match.Value.Name) || AllCapitals(tokens[i].Text)) ? match : null;

    private static bool AllCapitals(string text) => text.All(c => !char.IsLetter(c) || char.IsUpper(c));
}

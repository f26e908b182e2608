using DiplomacyTracker.Ingestion.Pipeline.Document;
using DiplomacyTracker.Ingestion.Pipeline.Knowledge;

namespace DiplomacyTracker.Ingestion.Pipeline.Text;

/// <summary>
/// Reads the place names of a tagged sentence under the policy of Lexicon/places.json: strong names as tagged, in the
/// sense the article means; weak gazetteer cities only where the text places them; places the gazetteer lacks where
/// an apposition names them ("X, a border town of Y").
/// </summary>
internal sealed class PlaceNames(Lexicon lexicon)
{
    /// <summary>The tagged phrases of a sentence, a city in the sense the article means, and the weak cities the text places.</summary>
    public IEnumerable<(int Index, int Length, TokenTag Tag)> Find(ArticleDocument document, List<Token> tokens, TokenTag[] tags,
        IReadOnlyDictionary<string, int> articleCountries, IReadOnlySet<string> personWords)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var tag = tags[i];
            if (tag.Kind != TagKind.None && tag.PhraseStart == i)
            {
                if (tag.Kind == TagKind.City && lexicon.Cities.Match(tokens, i, capitalized: true) is { } strong)
                {
                    var city = InCountryAfter(tokens, strong.EndIndex, strong.Value) ?? lexicon.Places.Resolve(strong.Value, articleCountries);
                    tag = tag with { Country = city.Country, Name = city.Name };
                }

                yield return (i, tag.PhraseLength, tag);
                i += tag.PhraseLength - 1;
            }
            else if (tag.Kind == TagKind.None && WeakCity(document, tokens, tags, i, personWords) is { } weak)
            {
                var city = InCountryAfter(tokens, weak.EndIndex, weak.Value) ?? lexicon.Places.Resolve(weak.Value, articleCountries);
                yield return (i, weak.Count, new TokenTag(TagKind.City, city.Country, city.Name, i, weak.Count));
                i = weak.EndIndex - 1;
            }
            else if (tag.Kind == TagKind.None && AppositivePlace(document, tokens, tags, i) is var (length, country) && length > 0)
            {
                var end = tokens[i + length - 1].End;
                yield return (i, length, new TokenTag(TagKind.City, country, document.Text[tokens[i].Start..end], i, length));
                i += length - 1;
            }
        }
    }

    /// <summary>
    /// A gazetteer city that is no common word and no part of a longer name, where the text says it is a place: after
    /// a locative word ("in", "to", "visited"), in a dateline, or followed by its country or region ("Split, Croatia").
    /// </summary>
    private PhraseMatch<City>? WeakCity(ArticleDocument document, List<Token> tokens, TokenTag[] tags, int i, IReadOnlySet<string> personWords)
    {
        if (!tokens[i].IsCapitalized || lexicon.Places.WeakCities.Match(tokens, i, capitalized: true) is not { } match)
        {
            return null;
        }

        for (var k = i; k < match.EndIndex; k++)
        {
            if (tags[k].Kind != TagKind.None || lexicon.CommonWords.Contains(tokens[k].Base))
            {
                return null;
            }
        }

        // "Florence Parly", "President Lincoln Jackson": a name run longer than the city is someone's name.
        var before = i > 0 ? tokens[i - 1] : null;
        var after = match.EndIndex < tokens.Count ? tokens[match.EndIndex] : null;
        var locative = before is not null && lexicon.Places.Policy.LocativeBefore.Contains(before.Lower);
        if ((before is { IsCapitalized: true } && !locative && !lexicon.CommonWords.Contains(before.Base))
            || (after is { IsCapitalized: true } && !lexicon.CommonWords.Contains(after.Base) && tags[match.EndIndex].Kind is not (TagKind.Country or TagKind.City)))
        {
            return null;
        }

        // "a letter to Jackson" in an article about Judge Ketanji Brown Jackson: a name the article gives a person.
        var words = Enumerable.Range(i, match.Count).Where(k => tokens[k].IsWord).Select(k => PersonNames.Fold(tokens[k].Text)).ToList();
        if (words.All(personWords.Contains))
        {
            return null;
        }

        var placed = locative
            || document.InDateline(tokens[i].Start)
            || InCountryAfter(tokens, match.EndIndex, match.Value) is not null;
        return placed ? match : null;
    }

    /// <summary>
    /// A place the gazetteer lacks, named as one by the apposition after it: "Khorgos, a border town of Kazakhstan",
    /// "Vlore, the port city in Albania". The words before the comma are capitalised, none a common word or tagged.
    /// </summary>
    private (int Length, string Country) AppositivePlace(ArticleDocument document, List<Token> tokens, TokenTag[] tags, int i)
    {
        if (!tokens[i].IsCapitalized || (i > 0 && tokens[i - 1].IsCapitalized && !lexicon.Places.Policy.LocativeBefore.Contains(tokens[i - 1].Lower)
            && !lexicon.CommonWords.Contains(tokens[i - 1].Base)))
        {
            return default;
        }

        var k = i;
        while (k < tokens.Count && k - i < 3 && tokens[k].IsCapitalized && tags[k].Kind == TagKind.None && !lexicon.CommonWords.Contains(tokens[k].Base)
            && !tokens[k].IsPossessive)
        {
            k++;
        }

        var length = k - i;
        if (length == 0 || k >= tokens.Count || tokens[k].Text != "," || document.InDateline(tokens[i].Start))
        {
            return default;
        }

        k++;
        if (k < tokens.Count && tokens[k].Lower is "a" or "an" or "the")
        {
            k++;
        }

        for (var words = 0; k < tokens.Count && words <= 2; words++, k++)
        {
            if (!tokens[k].IsWord || tokens[k].IsCapitalized)
            {
                return default;
            }

            if (lexicon.Places.Policy.PlaceNouns.Contains(tokens[k].Lower) && k + 1 < tokens.Count && tokens[k + 1].Lower is "of" or "in")
            {
                var at = k + 2 < tokens.Count && tokens[k + 2].Lower == "the" ? k + 3 : k + 2;
                return at < tokens.Count && tags[at].PhraseStart == at && tags[at].Kind is TagKind.Country or TagKind.City && tags[at].Country is { Length: > 0 } country
                    && (tags[at].Kind == TagKind.Country || lexicon.RegionNames.Contains(tags[at].Name!))
                    ? (length, country)
                    : default;
            }
        }

        return default;
    }

    /// <summary>"Alexandria, Egypt", "Mobile, Alabama": the sense of a city the country or region after it names.</summary>
    private City? InCountryAfter(List<Token> tokens, int end, City city)
    {
        if (end + 1 >= tokens.Count || tokens[end].Text != ",")
        {
            return null;
        }

        var country = lexicon.Countries.Match(tokens, end + 1, capitalized: true)?.Value
            ?? (lexicon.Cities.Match(tokens, end + 1, capitalized: true) is { } region && lexicon.RegionNames.Contains(region.Value.Name) ? region.Value.Country : null);
        return country is null ? null : lexicon.Places.SenseIn(city, country);
    }
}

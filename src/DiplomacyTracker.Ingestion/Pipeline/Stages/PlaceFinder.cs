using DiplomacyTracker.Ingestion.Pipeline.Document;
using DiplomacyTracker.Ingestion.Pipeline.Knowledge;
using DiplomacyTracker.Ingestion.Pipeline.Text;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// Finds the cities and countries each sentence names (Lexicon/countries.json, cities.json, regions.json and the
/// gazetteer, under the policy of places.json) and the venues ("at the X Guesthouse", known venues), leaving out
/// datelines, which say where a reporter filed from.
/// </summary>
internal sealed class PlaceFinder(Lexicon lexicon) : IArticleStage
{
    public DocumentPart Reads => DocumentPart.Text | DocumentPart.Tokens | DocumentPart.Sentences | DocumentPart.Datelines;

    public DocumentPart Assigns => DocumentPart.Places;

    public ArticleDocument Run(ArticleDocument document, CancellationToken cancellationToken)
    {
        // First the names that are places wherever they stand, and the countries they say the article is about;
        // then the cities, whose sense (which "Alexandria") those countries decide.
        var tagged = new List<(Sentence Sentence, List<Token> Tokens, TokenTag[] Tags)>(document.Sentences.Count);
        var articleCountries = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tokens = document.TokensOf(sentence).ToList();
            var tags = TokenTagger.Tag(tokens, lexicon);
            tagged.Add((sentence, tokens, tags));
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tags[i].PhraseStart == i && tags[i].Kind is TagKind.Country or TagKind.Nationality && tags[i].Country is { Length: > 0 } country)
                {
                    articleCountries[country] = articleCountries.GetValueOrDefault(country) + 1;
                }
            }
        }

        var places = new List<PlaceMention>();
        var datelinePlaces = new List<PlaceMention>();
        var venues = new List<VenueMention>();
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        var bySentence = new List<IReadOnlySet<string>>(document.Sentences.Count);
        foreach (var (sentence, tokens, tags) in tagged)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var named = new HashSet<string>(StringComparer.Ordinal);
            bySentence.Add(named);
            foreach (var (i, length, tag) in Named(document, tokens, tags, articleCountries))
            {
                if (tag.Country is { Length: > 0 } country && tag.Kind != TagKind.None)
                {
                    countries[country] = countries.GetValueOrDefault(country) + 1;
                    named.Add(country);
                }

                if (tag.Kind is not (TagKind.City or TagKind.Country))
                {
                    continue;
                }

                var end = tokens[i + length - 1].End;
                (document.InDateline(tokens[i].Start) ? datelinePlaces : places).Add(new PlaceMention(tokens[i].Start, end - tokens[i].Start, sentence.Index, tag.Name!, tag.Country!,
                    tag.Kind == TagKind.City ? PlaceKind.City : PlaceKind.Country, lexicon.RegionNames.Contains(tag.Name!)));
            }

            venues.AddRange(Venues(document, sentence, tokens));
        }

        return document with { Places = places, Venues = venues, DatelinePlaces = datelinePlaces, CountryMentions = countries, SentenceCountries = bySentence };
    }

    /// <summary>The tagged phrases of a sentence, a city in the sense the article means, and the weak cities the text places.</summary>
    private IEnumerable<(int Index, int Length, TokenTag Tag)> Named(ArticleDocument document, List<Token> tokens, TokenTag[] tags, IReadOnlyDictionary<string, int> articleCountries)
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
            else if (tag.Kind == TagKind.None && WeakCity(document, tokens, tags, i) is { } weak)
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
    private PhraseMatch<City>? WeakCity(ArticleDocument document, List<Token> tokens, TokenTag[] tags, int i)
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

    private IEnumerable<VenueMention> Venues(ArticleDocument document, Sentence sentence, IReadOnlyList<Token> tokens)
    {
        var text = document.TextOf(sentence);
        foreach (var match in lexicon.VenuePattern.Matches(text).Cast<System.Text.RegularExpressions.Match>())
        {
            var venue = match.Groups["venue"];
            yield return new VenueMention(sentence.Start + venue.Index, venue.Length, sentence.Index, venue.Value);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            // A known venue counts where something happens at it: "at the White House", not "a White House official".
            if (tokens[i].IsCapitalized && lexicon.KnownVenues.Match(tokens, i) is { } known && AtPlace(tokens, i))
            {
                var start = tokens[i].Start;
                var end = tokens[known.EndIndex - 1].End;
                yield return new VenueMention(start, end - start, sentence.Index, document.Text[start..end]);
                i = known.EndIndex - 1;
            }
        }
    }

    private static bool AtPlace(IReadOnlyList<Token> tokens, int i)
    {
        var before = i > 0 && tokens[i - 1].Base == "the" ? i - 2 : i - 1;
        return before >= 0 && tokens[before].Base is "at" or "in" or "inside" or "to" or "from" or "outside";
    }
}

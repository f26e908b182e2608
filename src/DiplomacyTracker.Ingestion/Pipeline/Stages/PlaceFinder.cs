using DiplomacyTracker.Ingestion.Pipeline.Document;
using DiplomacyTracker.Ingestion.Pipeline.Text;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// Finds the cities and countries each sentence names (Lexicon/countries.json, cities.json, regions.json and the
/// gazetteer, under the policy of places.json) and the venues ("at the X Guesthouse", known venues), leaving out
/// datelines, which say where a reporter filed from.
/// </summary>
internal sealed class PlaceFinder(Lexicon lexicon) : IArticleStage
{
    private readonly PlaceNames _names = new(lexicon);

    public DocumentPart Reads => DocumentPart.Text | DocumentPart.Tokens | DocumentPart.Sentences | DocumentPart.Datelines | DocumentPart.People;

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

        var personWords = document.People.SelectMany(p => p.NameWords).ToHashSet(StringComparer.Ordinal);
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
            foreach (var (i, length, tag) in _names.Find(document, tokens, tags, articleCountries, personWords))
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

    private IEnumerable<VenueMention> Venues(ArticleDocument document, Sentence sentence, IReadOnlyList<Token> tokens)
    {
        var text = document.TextOf(sentence);
        foreach (var match in lexicon.VenuePattern.Matches(text).Cast<System.Text.RegularExpressions.Match>())
        {
            var venue = match.Groups["venue"];
            if (Attribution(text.AsSpan(0, match.Index)))
            {
                continue;
            }

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
        return before >= 0 && tokens[before].Base is "at" or "in" or "inside" or "to" or "from" or "outside"
            && !(tokens[before].Base == "to" && before > 0 && tokens[before - 1].Base == "according");
    }

    /// <summary>"according to the Foreign Ministry": who says so, not where it happened.</summary>
    private static bool Attribution(ReadOnlySpan<char> before) => before.TrimEnd().EndsWith("according", StringComparison.OrdinalIgnoreCase);
}

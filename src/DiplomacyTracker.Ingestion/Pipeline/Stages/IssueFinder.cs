using System.Text.RegularExpressions;
using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// Finds the issues of the taxonomy (Lexicon/issues.json) in one pass of a single combined pattern over the text,
/// one mention per issue per sentence. What only locates or labels the story raises nothing: credit lines, page
/// furniture and datelines; words of a person's title ("Defence Minister X", "North Korean leader X"); and a place
/// an issue is about when it is where the trip goes or where the traveller comes from ("Taiwan" on a trip to Taiwan).
/// Runs after the trip is known, so that it knows which places are the trip's own.
/// </summary>
internal sealed class IssueFinder(Lexicon lexicon) : IArticleStage
{
    public DocumentPart Reads => DocumentPart.Text | DocumentPart.Sentences | DocumentPart.Datelines | DocumentPart.People
        | DocumentPart.Places | DocumentPart.Trip;

    public DocumentPart Assigns => DocumentPart.Issues;

    public ArticleDocument Run(ArticleDocument document, CancellationToken cancellationToken)
    {
        var taxonomy = lexicon.IssueTaxonomy;
        var found = new List<IssueMention>();
        var seen = new HashSet<(string, int)>();
        var groups = taxonomy.Issues.Select((issue, n) => (issue.Slug, Group: $"i{n}")).ToList();
        var storyLines = new Dictionary<int, bool>();
        var ownPlaces = OwnPlaces(document);
        foreach (Match match in taxonomy.Pattern.Matches(document.Text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (document.SentenceAt(match.Index) is not { IsCredit: false } sentence || document.InDateline(match.Index))
            {
                continue;
            }

            if (!storyLines.TryGetValue(sentence.Index, out var story))
            {
                story = !taxonomy.Furniture.IsMatch(document.TextOf(sentence));
                storyLines[sentence.Index] = story;
            }

            var slug = groups.FirstOrDefault(g => match.Groups[g.Group].Success).Slug;
            if (!story || slug is null || InDatelineLead(document, sentence, match.Index) || InPersonPhrase(document, sentence.Index, match)
                || (taxonomy.NamesPlace(slug, match.Value, out var place) && ownPlaces.Contains(place)))
            {
                continue;
            }

            if (seen.Add((slug, sentence.Index)))
            {
                found.Add(new IssueMention(slug, match.Index, match.Length, sentence.Index));
            }
        }

        return document with { Issues = found };
    }

    /// <summary>The trip's own places: the host countries and cities of its legs and the traveller's own country.</summary>
    private static HashSet<string> OwnPlaces(ArticleDocument document)
    {
        var own = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (document.Trip is not { } trip)
        {
            return own;
        }

        foreach (var leg in trip.Visits)
        {
            own.Add(leg.HostCountry);
            own.UnionWith(leg.Cities);
        }

        if (trip.TravelerHome is { } home)
        {
            own.Add(home);
        }

        if (trip.Traveler >= 0 && trip.Traveler < document.People.Count && document.People[trip.Traveler].Country is { } country)
        {
            own.Add(country);
        }

        return own;
    }

    /// <summary>"Hong Kong (CNN) —" at the head of a line: where the story was filed, in ordinary case.</summary>
    private bool InDatelineLead(ArticleDocument document, Sentence sentence, int offset)
    {
        if (!IsLineHead(document.Text, sentence.Start))
        {
            return false;
        }

        var lead = lexicon.IssueTaxonomy.DatelineLead.Match(document.Text, sentence.Start, Math.Min(sentence.Length, 80));
        return lead.Success && lead.Index == sentence.Start && offset < lead.Index + lead.Length;
    }

    private static bool IsLineHead(string text, int start)
    {
        for (var i = start - 1; i >= 0 && text[i] != '\n'; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The match is part of how a person is named or titled: it says who they are, not what was discussed.</summary>
    private static bool InPersonPhrase(ArticleDocument document, int sentence, Match match) =>
        document.MentionsIn(sentence).Any(m => match.Index < Math.Max(m.PhraseEnd, m.NameEnd) && match.Index + match.Length > Math.Min(m.PhraseStart, m.NameStart)
            && TitleSide(document.Text, m, match));

    /// <summary>Inside the name or the title before it; after the name only when an appositive comma sets the title off
    /// ("X, the trade minister"), not a clause that runs on.</summary>
    private static bool TitleSide(string text, PersonMention mention, Match match)
    {
        if (match.Index < mention.NameEnd)
        {
            return true;
        }

        var between = text.AsSpan(mention.NameEnd, match.Index - mention.NameEnd);
        return between.Length < 60 && between.IndexOfAny('.', ';') < 0;
    }
}

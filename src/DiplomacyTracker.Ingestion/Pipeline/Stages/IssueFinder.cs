using System.Text.RegularExpressions;
using DiplomacyTracker.Ingestion.Pipeline.Document;
using DiplomacyTracker.Ingestion.Pipeline.Knowledge;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// Finds the issues of the taxonomy (Lexicon/issues.json) in the text, one mention per issue per sentence. What only
/// locates or labels the story raises nothing: credit lines, page furniture and datelines; words of a person's title
/// ("Defence Minister X", "North Korean leader X"); words inside the name of an institution, a building or a state
/// ("Health Ministry", "Democratic People's Republic of Korea"); and a place an issue is about when it is where the
/// trip goes or where the traveller comes from ("Taiwan" on a trip to Taiwan). Runs after the trip is found, so that
/// it knows which places are the trip's own.
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
        var storyLines = new Dictionary<int, bool>();
        var ownPlaces = OwnPlaces(document);
        foreach (var hit in taxonomy.Find(document.Text, cancellationToken))
        {
            if (document.SentenceAt(hit.Start) is not { IsCredit: false } sentence || document.InDateline(hit.Start))
            {
                continue;
            }

            if (!storyLines.TryGetValue(sentence.Index, out var story))
            {
                story = !taxonomy.Furniture.IsMatch(document.TextOf(sentence));
                storyLines[sentence.Index] = story;
            }

            var issue = taxonomy.Issues[hit.Issue];
            var text = document.Text.Substring(hit.Start, hit.Length);
            if (!story || InDatelineLead(document, sentence, hit.Start) || InPersonPhrase(document, sentence.Index, hit)
                || taxonomy.InstitutionNames.Contain(document.Text, sentence.Start, sentence.Length, hit)
                || (taxonomy.NamesPlace(issue.Slug, text, out var place)
                    && (ownPlaces.Contains(place) || PairedWithHost(document, sentence.Index, hit) || AfterTitle(document.Text, sentence, hit)))
                || (issue.Places.Count == 0 && InPlaceName(document, sentence.Index, hit)))
            {
                continue;
            }

            if (seen.Add((issue.Slug, sentence.Index)))
            {
                found.Add(new IssueMention(issue.Slug, hit.Start, hit.Length, sentence.Index));
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
    private static bool InPersonPhrase(ArticleDocument document, int sentence, IssueHit match) =>
        document.MentionsIn(sentence).Any(m => match.Start < Math.Max(m.PhraseEnd, m.NameEnd) && match.Start + match.Length > Math.Min(m.PhraseStart, m.NameStart)
            && TitleSide(document.Text, m, match));

    /// <summary>Inside the name or the title before it; after the name only when an appositive comma sets the title off
    /// ("X, the trade minister"), not a clause that runs on.</summary>
    private static bool TitleSide(string text, PersonMention mention, IssueHit match)
    {
        if (match.Start < mention.NameEnd)
        {
            return true;
        }

        var between = text.AsSpan(mention.NameEnd, match.Start - mention.NameEnd);
        return between.Length < 60 && between.IndexOfAny('.', ';') < 0;
    }

    /// <summary>The match lies inside a place's name ("Democratic People's Republic of Korea", "Development Bank Square"):
    /// for an issue that is not about a place, the words name where, not what.</summary>
    private static bool InPlaceName(ArticleDocument document, int sentence, IssueHit match)
    {
        // A pattern may stop inside a word ("ukrain"): the words it touches are what the place must outgrow.
        var end = match.Start + match.Length;
        while (end < document.Text.Length && char.IsLetter(document.Text[end]))
        {
            end++;
        }

        return document.PlacesIn(sentence).Any(p => p.Start <= match.Start && p.Start + p.Length >= end && p.Length > end - match.Start);
    }

    /// <summary>"DPRK-Russia relations", "the flags of the DPRK and the Russian Federation": the place named as the other
    /// side beside a host of the trip is the trip's own side.</summary>
    private static bool PairedWithHost(ArticleDocument document, int sentence, IssueHit match)
    {
        if (document.Trip is not { } trip)
        {
            return false;
        }

        var hosts = trip.Visits.Select(v => v.HostCountry).ToHashSet(StringComparer.Ordinal);

        // "DPRK-Russia relations": one word with the host, which the gazetteer does not split.
        var end = match.Start + match.Length;
        if (end + 1 < document.Text.Length && document.Text[end] is '-' or '\u2013' && hosts.Any(h => document.Text.AsSpan(end + 1).StartsWith(h, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        foreach (var place in document.PlacesIn(sentence).Where(p => p.Kind == PlaceKind.Country && hosts.Contains(p.Country)))
        {
            var (from, to) = place.Start >= match.Start + match.Length ? (match.Start + match.Length, place.Start) : (place.Start + place.Length, match.Start);
            if (to >= from && to - from <= 10 && PairJoint.IsMatch(document.Text.AsSpan(from, to - from)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"president of the DPRK", "leader of North Korea": the place a title belongs to says whose the title is.</summary>
    private bool AfterTitle(string text, Sentence sentence, IssueHit match)
    {
        var before = TitleOf.Match(text.Substring(sentence.Start, match.Start - sentence.Start));
        return before.Success && lexicon.TitleVocabulary.Contains(before.Groups["word"].Value.ToLowerInvariant());
    }

    private static readonly Regex TitleOf = new(@"(?<word>\p{L}+)\s+of\s+(?:the\s+)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.RightToLeft);

    private static readonly Regex PairJoint = new(@"^(?:\s*[-\u2013\u2014/]\s*|\s+and\s+(?:the\s+)?|\s*,\s*)$", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
}

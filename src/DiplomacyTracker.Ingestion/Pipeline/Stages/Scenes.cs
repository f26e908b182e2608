using System.Text.RegularExpressions;
using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// Where the events of a sentence happen: the country of a city the sentence puts someone in ("in Beijing", "arrived
/// at the airport in Hanoi", "Russia's Vladivostok"), of a country it says things happen in ("in the far east of
/// Russia"), or of the dateline for "here". A capital standing for its government ("Beijing said") is no scene.
/// </summary>
internal sealed partial class Scenes(ArticleDocument document)
{
    private readonly Dictionary<int, string?> _scenes = [];

    public string? Of(int sentence)
    {
        if (!_scenes.TryGetValue(sentence, out var scene))
        {
            _scenes[sentence] = scene = Find(sentence);
        }

        return scene;
    }

    private string? Find(int sentence)
    {
        var text = document.Text;
        var start = document.Sentences[sentence].Start;
        foreach (var place in document.PlacesIn(sentence))
        {
            var from = Math.Max(start, place.Start - 40);
            var before = text.AsSpan(from, place.Start - from);
            if (place.Kind == PlaceKind.City && !place.Region && !VisitedPlaces.IsMetonym(document, place)
                && (InWord().IsMatch(before) || CountryPossessive().IsMatch(before)))
            {
                return place.Country;
            }

            if (place.Kind == PlaceKind.Country && InWord().IsMatch(before) && !AboutTheCountry().IsMatch(before) && !PossessiveAfter(place))
            {
                return place.Country;
            }
        }

        return Here().IsMatch(document.TextOf(document.Sentences[sentence])) ? document.DatelinePlaces.FirstOrDefault()?.Country : null;
    }

    private bool PossessiveAfter(PlaceMention place)
    {
        var end = place.Start + place.Length;
        return document.Text.AsSpan(place.Start, place.Length).EndsWith("'s", StringComparison.Ordinal)
            || (end + 1 < document.Text.Length && document.Text[end] == '\'' && document.Text[end + 1] == 's');
    }

    /// <summary>"in X", "at ... in X", "in the far east of X", "arrived in X" — a word that puts the events there.</summary>
    [GeneratedRegex(@"(?:\b(?:in|at|inside|near|outside|into|reached)\s+(?:the\s+)?|\b(?:far\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|centre|center)(?:ern)?\s+(?:part\s+|region\s+)?of\s+(?:the\s+)?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InWord();

    /// <summary>"the war in X", "investment in X": the country is what the sentence is about, not where it happens.</summary>
    [GeneratedRegex(@"\b(?:war|wars|conflict|crisis|situation|invasion|fighting|peace|investments?|interests?|presence|influence|role|operations?|elections?|democracy|stake|stakes|troops|forces)\s+in\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AboutTheCountry();

    /// <summary>"Russia's Vladivostok", "China's Harbin": a city named with its country.</summary>
    [GeneratedRegex(@"\b[A-Z][\w-]+'s\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryPossessive();

    [GeneratedRegex(@"\bhere\b", RegexOptions.CultureInvariant)]
    private static partial Regex Here();
}

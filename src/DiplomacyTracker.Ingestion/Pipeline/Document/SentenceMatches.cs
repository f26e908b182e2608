using System.Text.RegularExpressions;

namespace DiplomacyTracker.Ingestion.Pipeline.Document;

/// <summary>
/// What a pattern finds in a piece of the article's text, found once: several stages ask the same large cue pattern
/// (the travel cues) of every sentence, and the scan, not what is done with its matches, was a fifth of extraction.
/// Keyed by the text itself, so an answer can never belong to another text. One article, one thread.
/// </summary>
internal sealed class SentenceMatches
{
    private readonly Dictionary<(Regex, string), Match[]> _found = [];

    public IReadOnlyList<Match> Of(Regex pattern, string text)
    {
        if (!_found.TryGetValue((pattern, text), out var matches))
        {
            matches = pattern.Matches(text).ToArray();
            _found[(pattern, text)] = matches;
        }

        return matches;
    }
}

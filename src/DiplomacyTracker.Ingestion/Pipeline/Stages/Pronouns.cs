using System.Text.RegularExpressions;
using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>Whom pronouns stand for where a trip is told without names: transcripts' "I", features' "she".</summary>
internal static partial class Pronouns
{
    /// <summary>
    /// Who speaks in each sentence of a transcript: the official of the latest label ("SECRETARY X:") at or before it;
    /// nobody after a label that names no official ("QUESTION:"), nor before any label.
    /// </summary>
    public static int?[] Speakers(ArticleDocument document)
    {
        var speakers = new int?[document.Sentences.Count];
        int? current = null;
        foreach (var sentence in document.Sentences)
        {
            if (SpeakerLabel().Match(document.TextOf(sentence)) is { Success: true } label)
            {
                var end = sentence.Start + label.Length;
                current = document.MentionsIn(sentence.Index).FirstOrDefault(m => m.PhraseEnd <= end && document.People[m.Person].IsOfficial)?.Person;
            }

            speakers[sentence.Index] = current;
        }

        return speakers;
    }

    /// <summary>
    /// Whom a pronoun right before a travel phrase stands for, when the sentence names no one before it: "I" in a
    /// transcript is the speaker its paragraph opens with ("Secretary X: ... I arrived in"); "she"/"her" is the
    /// official the closest sentence before names first ("Prime Minister X ... Her first trip to").
    /// </summary>
    public static int? Referent(ArticleDocument document, int?[] speakers, Sentence sentence, int cueStart)
    {
        var before = document.Text.AsSpan(sentence.Start, cueStart - sentence.Start);
        if (document.MentionsIn(sentence.Index).Any(m => m.PhraseEnd <= cueStart))
        {
            return null;
        }

        if (FirstPersonBefore().IsMatch(before))
        {
            return speakers[sentence.Index];
        }

        if (ThirdPersonBefore().IsMatch(before))
        {
            for (var index = sentence.Index - 1; index >= Math.Max(0, sentence.Index - 3); index--)
            {
                if (document.MentionsIn(index).FirstOrDefault(m => document.People[m.Person].IsOfficial) is { } subject)
                {
                    return subject.Person;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"^[A-Z][\w .'-]{0,40}:\s", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerLabel();

    [GeneratedRegex(@"\b(?:I|we|We)\b", RegexOptions.CultureInvariant)]
    public static partial Regex FirstPerson();

    [GeneratedRegex(@"\b(?:I|we)\s+(?:[a-z]+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonBefore();

    [GeneratedRegex(@"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,3}(?:,\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ThirdPersonBefore();
}

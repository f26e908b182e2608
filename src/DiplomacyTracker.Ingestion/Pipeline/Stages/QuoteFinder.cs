using System.Text.RegularExpressions;
using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// Finds direct quotes attributed to officials: a sentence with quoted words and a speech verb ("..., X said",
/// "X told reporters", "said X"), whose speaker is the person named next to the verb, or, for "he said", the person
/// named last before. Quotes by people who are not officials are dropped.
/// </summary>
internal sealed partial class QuoteFinder(Lexicon lexicon) : IArticleStage
{
    public DocumentPart Reads => DocumentPart.Text | DocumentPart.Sentences | DocumentPart.People;

    public DocumentPart Assigns => DocumentPart.Quotes;

    // Linear time: with backtracking, an unclosed quote before a very long word took minutes.
    [GeneratedRegex("\"[^\"]*\\w+\\s+\\w+[^\"]*(?:\"|$)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(?:he|she)\s+$|^\s*(?:he|she)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    public ArticleDocument Run(ArticleDocument document, CancellationToken cancellationToken)
    {
        var quotes = new List<QuoteMention>();
        PersonMention? lastNamed = null;
        foreach (var sentence in document.Sentences.Where(s => !s.IsCredit))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = document.TextOf(sentence);
            var mentions = document.MentionsIn(sentence.Index).OrderBy(m => m.NameStart).ToList();
            var quoted = Quoted().Matches(text).Select(m => (Start: sentence.Start + m.Index, End: sentence.Start + m.Index + m.Length)).ToList();
            var speaker = quoted.Count == 0 ? null : Speaker(document, sentence, text, mentions, quoted, lastNamed);
            if (speaker is { } person && document.People[person].IsOfficial)
            {
                quotes.Add(new QuoteMention(person, sentence.Index));
            }

            // "he said" points back at the subject of the sentence before: its first person named outside quotes.
            var outside = mentions.Where(m => !quoted.Any(q => m.NameStart >= q.Start && m.NameStart < q.End)).ToList();
            if (outside.Count > 0)
            {
                lastNamed = outside[0];
            }
        }

        return document with { Quotes = quotes };
    }

    private int? Speaker(ArticleDocument document, Sentence sentence, string text, List<PersonMention> mentions,
        List<(int Start, int End)> quoted, PersonMention? lastNamed)
    {
        bool Outside(int offset) => !quoted.Any(q => offset >= q.Start && offset < q.End);
        foreach (Match verb in lexicon.Grammar.SpeechVerb.Matches(text))
        {
            var at = sentence.Start + verb.Index;
            if (!Outside(at))
            {
                continue;
            }

            var near = mentions.Where(m => Outside(m.NameStart))
                .OrderBy(m => m.PhraseEnd <= at ? at - m.PhraseEnd : (m.PhraseStart - (at + verb.Length)) * 2)
                .FirstOrDefault(m => m.PhraseEnd <= at ? at - m.PhraseEnd <= 20 : m.PhraseStart - (at + verb.Length) <= 3);
            if (near is not null)
            {
                return near.Person;
            }

            var before = text[..verb.Index];
            if (Pronoun().IsMatch(before) || Pronoun().IsMatch(text[(verb.Index + verb.Length)..]))
            {
                return mentions.FirstOrDefault(m => Outside(m.NameStart) && m.NameStart < at)?.Person ?? lastNamed?.Person;
            }
        }

        return null;
    }
}

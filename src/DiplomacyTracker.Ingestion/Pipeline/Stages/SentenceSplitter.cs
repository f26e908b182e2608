using System.Text.RegularExpressions;
using DiplomacyTracker.Ingestion.Pipeline.Document;
using DiplomacyTracker.Ingestion.Pipeline.Text;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// Splits the text into sentences: every line is at least one sentence (headlines, captions, datelines), and lines
/// split after ". ", "? ", "! " unless the period ends an abbreviation or an initial. Also tokenises the text and
/// marks credit lines and datelines.
/// </summary>
internal sealed partial class SentenceSplitter(Lexicon lexicon) : IArticleStage
{
    public DocumentPart Reads => DocumentPart.Text;

    public DocumentPart Assigns => DocumentPart.Tokens | DocumentPart.Sentences | DocumentPart.Datelines;

    [GeneratedRegex(@"^(?:[A-Z][A-Za-z.'-]*(?:[ ,]+[A-Z][A-Za-z.'-]*){0,4})(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([^)\n]{1,30}\))?\s*-{1,2}\s", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    public ArticleDocument Run(ArticleDocument document, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var tokens = Tokenizer.Tokenize(text);
        var sentences = new List<Sentence>();
        var datelines = new List<TextSpan>();
        var paragraph = 0;
        var lineStart = 0;
        var tokenIndex = 0;
        while (lineStart <= text.Length && sentences.Count < 5000)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (!string.IsNullOrWhiteSpace(text.AsSpan(lineStart, lineEnd - lineStart).ToString()))
            {
                var lead = lineStart;
                while (lead < lineEnd && char.IsWhiteSpace(text[lead]))
                {
                    lead++;
                }

                // " date 2024-01-25 Jaipur, Jan 25 (PTI) ...": a saved page's date marker before the dateline.
                if (lineStart == 0 && Text.DateGrammar.DateMarker().Match(text, lineStart) is { Success: true } marker && marker.Index + marker.Length < lineEnd)
                {
                    lead = marker.Index + marker.Length;
                }

                var dateline = Dateline().Match(text, lead, Math.Min(lineEnd - lead, 120));
                if (dateline.Success && dateline.Value.Count(char.IsUpper) >= 4 && IsMostlyUpper(dateline.Value))
                {
                    datelines.Add(new TextSpan(lead, dateline.Length));
                }
                else if (Text.DateGrammar.WireDateline().Match(text, lead, Math.Min(lineEnd - lead, 80)) is { Success: true } wire && wire.Index == lead)
                {
                    datelines.Add(new TextSpan(lead, wire.Length));
                }
                else if (Text.DateGrammar.PlaceDateline().Match(text, lead, Math.Min(lineEnd - lead, 80)) is { Success: true } placed && placed.Index == lead)
                {
                    datelines.Add(new TextSpan(lead, placed.Length));
                }
                else if (ColonDateline().Match(text, lead, Math.Min(lineEnd - lead, 40)) is { Success: true } colon && IsCity(colon.Groups["place"].Value))
                {
                    // "KUALA LUMPUR: ...", "Beijing: ...": a known city before a colon (not a transcript's speaker).
                    datelines.Add(new TextSpan(lead, colon.Length));
                }

                foreach (var (start, end) in Split(text, lineStart, lineEnd))
                {
                    while (tokenIndex < tokens.Count && tokens[tokenIndex].Start < start)
                    {
                        tokenIndex++;
                    }

                    var first = tokenIndex;
                    while (tokenIndex < tokens.Count && tokens[tokenIndex].Start < end)
                    {
                        tokenIndex++;
                    }

                    var body = text.Substring(start, end - start);
                    sentences.Add(new Sentence(sentences.Count, start, end - start, paragraph, first, tokenIndex - first,
                        lexicon.Travel.Credit.IsMatch(body)));
                }

                paragraph++;
            }

            lineStart = lineEnd + 1;
        }

        return document with { Tokens = tokens, Sentences = sentences, Datelines = datelines };
    }

    [GeneratedRegex(@"^(?<place>[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3})\s*:\s", RegexOptions.CultureInvariant)]
    private static partial Regex ColonDateline();

    private bool IsCity(string place)
    {
        var recased = string.Join(' ', place.Split(' ').Select(w => w.Length > 1 ? char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant() : w));
        return lexicon.CityNames.Contains(recased) || lexicon.CityNames.Contains(place);
    }

    private static bool IsMostlyUpper(string value)
    {
        var letters = value.TakeWhile(c => c != '(' && c != ',').Where(char.IsLetter).ToList();
        return letters.Count > 0 && letters.Count(char.IsUpper) * 10 >= letters.Count * 8;
    }

    private IEnumerable<(int Start, int End)> Split(string text, int from, int to)
    {
        var start = from;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c is not ('.' or '?' or '!'))
            {
                continue;
            }

            var close = i + 1;
            while (close < to && text[close] is '"' or '\'' or ')')
            {
                close++;
            }

            if (close >= to || !char.IsWhiteSpace(text[close]))
            {
                continue;
            }

            var next = close;
            while (next < to && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= to || !(char.IsUpper(text[next]) || text[next] is '"' or '\'' or '(' || char.IsDigit(text[next])))
            {
                continue;
            }

            if (c == '.' && !EndsSentence(text, start, i, next, to))
            {
                continue;
            }

            if (Trim(text, start, close) is { } piece)
            {
                yield return piece;
            }

            start = next;
        }

        if (Trim(text, start, to) is { } last)
        {
            yield return last;
        }
    }

    private bool EndsSentence(string text, int sentenceStart, int period, int next, int to)
    {
        var wordStart = period;
        while (wordStart > sentenceStart && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] is '.' or '\''))
        {
            wordStart--;
        }

        var word = text.Substring(wordStart, period - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        if (lexicon.Grammar.Abbreviations.Contains(word.TrimEnd('.').ToLowerInvariant()))
        {
            return false;
        }

        if (word.Contains('.'))
        {
            var nextWordEnd = next;
            while (nextWordEnd < to && char.IsLetter(text[nextWordEnd]))
            {
                nextWordEnd++;
            }

            return lexicon.CommonWords.Contains(text.Substring(next, nextWordEnd - next).ToLowerInvariant());
        }

        return true;
    }

    private static (int, int)? Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > start ? (start, end) : null;
    }
}

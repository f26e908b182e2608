using DiplomacyTracker.Ingestion.Pipeline.Knowledge;

namespace DiplomacyTracker.Ingestion.Pipeline.Text;

/// <summary>
/// What a phrase next to a name says about the person: the government title in it (and the country it implies), or a
/// role that makes the person not an official ("analyst", "co-founder").
/// </summary>
internal sealed record TitleReading(string? Title, TitleHead? Head, bool NotOfficial, string? Country, bool GenericBody, bool Governmental = false)
{
    /// <summary>The title is an office of a body of many states ("UN Secretary-General", "AU Commission Chairperson").</summary>
    public bool International { get; init; }

    public bool IsOfficial => Head is not null && !NotOfficial;

    public static TitleReading Nothing { get; } = new(null, null, false, null, false);
}

internal static class TitlePhrase
{
    private static readonly HashSet<string> Function = new(StringComparer.Ordinal) { "the", "of", "for", "and", "a", "an", "(", ")", ",", "&", "his", "her", "their" };

    /// <param name="from">first token of the phrase</param>
    /// <param name="to">token after the phrase</param>
    /// <param name="headWithin">the title word must start within this many tokens of the phrase start (appositives)</param>
    /// <param name="nearestHead">take the title word nearest the end ("Chancellor's spokesman X": spokesman)</param>
    public static TitleReading Read(IReadOnlyList<Token> tokens, TokenTag[] tags, int from, int to, Lexicon lexicon, int headWithin = int.MaxValue, bool nearestHead = false)
    {
        while (from < to && Function.Contains(tokens[from].Base))
        {
            from++;
        }

        if (from >= to)
        {
            return TitleReading.Nothing;
        }

        TitleHead? head = null;
        int headStart = -1, headEnd = -1;
        var covered = new bool[to - from];
        for (var i = from; i < to; i++)
        {
            if (lexicon.TitleHeads.Match(tokens, i) is { } match && match.EndIndex <= to)
            {
                for (var k = i; k < match.EndIndex; k++)
                {
                    covered[k - from] = true;
                }

                if ((head is null || nearestHead) && i - from < headWithin)
                {
                    head = match.Value;
                    headStart = i;
                    headEnd = match.EndIndex;
                }

                i = match.EndIndex - 1;
            }
        }

        var notOfficial = false;
        for (var i = from; i < to && !notOfficial; i++)
        {
            if (!covered[i - from] && lexicon.NonOfficialRoles.Match(tokens, i) is { } role && role.EndIndex <= to)
            {
                notOfficial = true;
            }
        }

        string? country = null;
        string? bodyCountry = null;
        string? cityCountry = null;
        var government = false;
        var genericBody = false;
        var international = false;
        for (var i = from; i < to; i++)
        {
            var tag = tags[i];
            switch (tag.Kind)
            {
                case TagKind.Nationality or TagKind.Country:
                    // "Department of North American Affairs" names a region, not the official's country.
                    // "Ambassador to Canada" names where the ambassador is posted, not whom they serve.
                    if (i > from && tokens[i - 1].Lower == "to")
                    {
                        government = true;
                        break;
                    }

                    if (head is null || i < headStart || tag.Kind == TagKind.Country)
                    {
                        country ??= tag.Country;
                    }

                    government = true;
                    break;
                case TagKind.Body when tag.Name is not null && lexicon.InternationalBodyNames.Contains(tag.Name):
                    government = true;
                    international = true;
                    break;
                case TagKind.Body:
                    government = true;
                    genericBody |= tag.Country is null;
                    bodyCountry ??= tag.Country;
                    break;
                case TagKind.City:
                    cityCountry ??= tag.Country;
                    government = true;
                    break;
                default:
                    // A government word counts capitalised anywhere in the phrase; a service word also in lower case,
                    // as the modifier right before a title word ("the navy chief Admiral X", "the security chief").
                    government |= IsAcronym(tokens[i]) || (!covered[i - from] && tokens[i].IsWord && !Function.Contains(tokens[i].Base)
                        && ((lexicon.TitleVocabulary.Contains(tokens[i].Base) && tokens[i].IsCapitalized)
                            || (lexicon.ServiceWords.Contains(tokens[i].Lower) && i + 1 < to && covered[i + 1 - from])));
                    break;
            }
        }

        if (head is not null && head.IsWeak && !government)
        {
            head = null;
        }

        var title = head is null ? null : TitleText(tokens, tags, from, headStart, headEnd, to, lexicon);
        return new TitleReading(title, head, notOfficial, country ?? bodyCountry ?? cityCountry, genericBody && country is null && bodyCountry is null, government)
        {
            International = international && country is null && bodyCountry is null,
        };
    }

    public static bool IsAcronym(Token token) =>
        token.IsWord && token.Text.Length is >= 2 and <= 6 && token.Text.All(c => char.IsUpper(c) || c == '.');

    /// <summary>The title without the nationality in front ("U.S. Secretary of State" → "Secretary of State").</summary>
    private static bool StacksATitle(IReadOnlyList<Token> tokens, int from, int to, Lexicon lexicon)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Base == "of" || lexicon.TitleHeads.Match(tokens, i) is { } head && head.EndIndex <= to)
            {
                return true;
            }
        }

        return false;
    }

    private static string TitleText(IReadOnlyList<Token> tokens, TokenTag[] tags, int from, int headStart, int headEnd, int to, Lexicon lexicon)
    {
        // Stacked titles ("Member of the Political Bureau of the Central Committee and Foreign Minister", "Deputy Prime
        // Minister and Foreign Minister"): the title is the one at the head, after the last "and" or comma that closes
        // an earlier title or membership.
        var start = from;
        for (var i = headStart - 1; i > from; i--)
        {
            if (tokens[i].Base is "and" or "," or ";" && StacksATitle(tokens, from, i, lexicon))
            {
                start = i + 1;
                break;
            }
        }

        while (start < headStart && (tags[start].Kind is TagKind.Nationality or TagKind.Country || Function.Contains(tokens[start].Base)))
        {
            start++;
        }

        var end = headEnd;
        while (end < to && (tokens[end].IsCapitalized || tokens[end].Base is "of" or "the" or "and" or "for" || tokens[end].Text is "(" or ")"))
        {
            end++;
        }

        while (end > headEnd && tokens[end - 1].Base is "of" or "the" or "and" or "for" or "(")
        {
            end--;
        }

        var text = string.Join(" ", tokens.Skip(start).Take(end - start).Select(t => t.Text)).Replace("( ", "(").Replace(" )", ")").Replace(" .", ".");
        return text.EndsWith("'s", StringComparison.Ordinal) ? text[..^2] : text;
    }
}

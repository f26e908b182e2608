using System.Text.RegularExpressions;
using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// Finds meetings. A meeting phrase ("met with", "held talks with", "welcomed by", "will meet", "meetings with") must
/// be followed by an official, or a list of officials, with nothing but list punctuation between them; or preceded by
/// "A and B". A negation before it ("would not meet", "rebuffed a request ... for a meeting") or a cancellation after it ("a planned meeting with X was called off") cancels it. Looking
/// ahead makes it planned. A sentence about "a meeting" that names officials without such a phrase is kept as a loose
/// candidate that counts only when it names the traveller and exactly one other official.
/// </summary>
internal sealed partial class MeetingFinder(Lexicon lexicon) : IArticleStage
{
    public DocumentPart Reads => DocumentPart.Text | DocumentPart.Sentences | DocumentPart.Published | DocumentPart.Dates | DocumentPart.People | DocumentPart.Places;

    public DocumentPart Assigns => DocumentPart.Meetings;

    // "met with X", "held talks here on Monday with X", "was greeted at the airport by X".
    [GeneratedRegex(@"^[\s,]*(?:(?:[\w'.-]+\s+){0,5}?(?:with|by)\s+)?(?:(?:his|her|their|its|the|both|host|visiting|new|also|separately|mr\.|mrs\.|ms\.|dr\.|h\.e\.)\s+)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    // "met A and B", "met A, B and C", "met A and later B", "met A and then with B".
    [GeneratedRegex(@"^\s*(?:,\s*)?(?:(?:and|&|as well as)\s+(?:(?:later|then|also|afterwards|subsequently|finally|separately)\s+)?(?:with\s+)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ListGap();

    [GeneratedRegex(@"^\s*(?:(?:have|had|has|also|then|later|first|finally|both|all|briefly|previously|last)\s+)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubjectGap();

    [GeneratedRegex(@"\b(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,3}(?:meeting|talks|discussion|summit)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SingleMeeting();

    /// <summary>"After the summit, X will travel to Y": a meeting named to say when something else happens is not reported here.</summary>
    [GeneratedRegex(@"\b(?:after|before|following|ahead of|prior to|since|until)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeOf();

    [GeneratedRegex(@"^(?:to meet|to meet with)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BareInfinitive();

    public ArticleDocument Run(ArticleDocument document, CancellationToken cancellationToken)
    {
        var officials = document.People.Where(p => p.IsOfficial).Select(p => p.Id).ToHashSet();
        var bySentence = document.Mentions.ToLookup(m => m.Sentence);
        var meetings = new List<MeetingMention>();
        var remote = new HashSet<int>();
        foreach (var sentence in document.Sentences.Where(s => !s.IsCredit))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var mentions = bySentence[sentence.Index].OrderBy(m => m.PhraseStart).ToList();
            if (!mentions.Any(m => officials.Contains(m.Person)))
            {
                if (BothOfThem(document, sentence, bySentence, officials) is { } both)
                {
                    meetings.Add(both);
                }

                continue;
            }

            var text = document.TextOf(sentence);
            if (lexicon.Meetings.Remote.IsMatch(text))
            {
                // "X called Y", "spoke by phone with Y": a call, no meeting; the people on it are remembered.
                remote.UnionWith(mentions.Where(m => officials.Contains(m.Person)).Select(m => m.Person));
                continue;
            }

            var context = new MeetingContext(document, sentence, text, mentions, officials, lexicon);
            var cues = Cues(text).ToList();
            var found = new List<MeetingMention>();
            MeetingMention? previous = null;
            foreach (var (cue, i) in cues.Select((c, i) => (c, i)))
            {
                if (CancelledAfter(text, cue.End, i + 1 < cues.Count ? cues[i + 1].Start : text.Length))
                {
                    continue;
                }

                MeetingMention? last = null;
                foreach (var mention in FromCue(context, cue))
                {
                    // "He will meet A, attend separate meetings with B and C": a verb without a subject of its own, or
                    // whose nearest name is the object of the verb before, shares that verb's subject.
                    var objectBefore = previous is not null && mention.Subject is { } named && previous.Counterparts.Contains(named);
                    var shared = (mention.Subject is null && !mention.PronounSubject || objectBefore) && previous is not null
                        ? mention with { Subject = previous.Subject, PronounSubject = previous.PronounSubject }
                        : mention;
                    found.Add(shared);
                    last = shared;
                }

                previous = last ?? previous;
            }

            found = found.DistinctBy(m => string.Join(",", m.Counterparts.Order()) + "|" + m.Subject).ToList();
            if (found.Count == 0 && SingleMeeting().Match(text) is { Success: true } single && !Negated(text, single.Index)
                && !CancelledAfter(text, single.Index + single.Length, text.Length) && !TimeOf().IsMatch(text.AsSpan(0, single.Index)))
            {
                var named = mentions.Where(m => officials.Contains(m.Person)).Select(m => m.Person).Distinct().ToList();
                if (named.Count >= 2)
                {
                    found.Add(context.Meeting(single.Index, single.Index + single.Length, IsPlanned(text, single.Index + single.Length, false), [], named, null, loose: true));
                }
            }

            meetings.AddRange(found);
        }

        // "X called Y ... X spoke with Y about Z": the same people's other meeting phrases tell of the call, unless they
        // say where the two met.
        meetings.RemoveAll(m => remote.Count > 0 && m.City is null && m.Venue is null
            && m.Counterparts.Concat(m.Others).Append(m.Subject ?? m.Counterparts.FirstOrDefault()).All(remote.Contains));
        return document with { Meetings = meetings };
    }

    /// <summary>
    /// "The two leaders held talks at X on Friday": a meeting phrase after "the two leaders" in a sentence naming no one
    /// is a (loose) meeting of the two officials the closest sentence before names.
    /// </summary>
    private MeetingMention? BothOfThem(ArticleDocument document, Sentence sentence, ILookup<int, PersonMention> bySentence, HashSet<int> officials)
    {
        var text = document.TextOf(sentence);
        if (sentence.Index == 0 || lexicon.Meetings.Remote.IsMatch(text) || TheTwo().Match(text) is not { Success: true } two
            || Cues(text).FirstOrDefault(c => c.Start > two.Index) is not { End: > 0 } cue)
        {
            return null;
        }

        // "The two leaders": the two heads of state or government the sentences just before name; else the closest
        // sentence before that names officials ("2." numbering a paragraph names none).
        var window = Enumerable.Range(Math.Max(0, sentence.Index - 3), Math.Min(3, sentence.Index)).Reverse().ToList();
        var leaders = two.Value.Contains("leaders", StringComparison.OrdinalIgnoreCase)
            ? window.SelectMany(i => bySentence[i]).Select(m => m.Person).Where(p => officials.Contains(p) && IsLeader(document.People[p])).Distinct().ToList()
            : [];
        var named = leaders.Count == 2 ? leaders : window
            .Select(i => bySentence[i].Where(m => officials.Contains(m.Person)).Select(m => m.Person).Distinct().ToList())
            .FirstOrDefault(people => people.Count > 0) ?? [];
        if (named.Count != 2)
        {
            return null;
        }

        var context = new MeetingContext(document, sentence, text, [], officials, lexicon);
        return context.Meeting(cue.Start, cue.End, IsPlanned(text, cue.End, cue.Planned), [], named, null, loose: true);
    }

    [GeneratedRegex(@"^(?:[^,]{0,40},\s*)?(?:The|the|Both|both) (?:two )?(?:leaders|ministers|presidents|prime ministers|counterparts|sides)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TheTwo();

    /// <summary>A head of state or government, not a deputy: what "the two leaders" are.</summary>
    private bool IsLeader(Person person) => person.Titles.Any(t =>
        lexicon.TitleHeads.Match(Text.Tokenizer.Tokenize(t.Head), 0)?.Value.Kind is "head_of_state" or "head_of_government" or "party_secretary"
        && !DeputyTitle().IsMatch(t.Title));

    [GeneratedRegex(@"\b(?:deputy|vice|assistant|former|acting|first lady)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DeputyTitle();

    private IEnumerable<Cue> Cues(string text)
    {
        var cues = lexicon.Meetings.Planned.Matches(text).Select(m => (m.Index, End: m.Index + m.Length, Planned: !BareInfinitive().IsMatch(m.Value), m.Value))
            .Concat(lexicon.Meetings.Held.Matches(text).Select(m => (m.Index, End: m.Index + m.Length, Planned: false, m.Value)))
            .OrderBy(c => c.Index).ThenByDescending(c => c.End - c.Index).ToList();
        var lastEnd = -1;
        foreach (var cue in cues)
        {
            if (cue.Index >= lastEnd)
            {
                lastEnd = cue.End;
                var direction = lexicon.Meetings.Guests.IsMatch(cue.Value) ? MeetingDirection.SubjectIsGuest
                    : lexicon.Meetings.Hosts.IsMatch(cue.Value) ? MeetingDirection.SubjectHosts
                    : MeetingDirection.Plain;
                yield return new Cue(cue.Index, cue.End, cue.Planned, direction);
            }
        }
    }

    private readonly record struct Cue(int Start, int End, bool Planned, MeetingDirection Direction);

    private IEnumerable<MeetingMention> FromCue(MeetingContext context, Cue cue)
    {
        var text = context.Text;
        if (Negated(text, cue.Start))
        {
            return [];
        }

        var absolute = context.Sentence.Start;
        var counterparts = ListAfter(context, absolute + cue.End, Headline(context));
        var before = context.Mentions.Where(m => m.PhraseEnd <= absolute + cue.Start).ToList();
        var subject = before.LastOrDefault(m => context.Officials.Contains(m.Person)) is { } nearest
            && TightSubject(context.Document.Text[nearest.PhraseEnd..(absolute + cue.Start)])
            ? nearest.Person
            : (int?)null;

        // "A and B hosted a luncheon for C", "A, B and officials received C": each of them met C.
        var subjects = subject is { } first && counterparts.Count > 0 ? SubjectList(context, before, first) : [];
        var pronoun = subject is null && counterparts.Count > 0 && PronounBefore().IsMatch(text.AsSpan(0, cue.Start));
        if (counterparts.Count == 0)
        {
            var joined = JoinedBefore(context, before, absolute + cue.Start);
            if (joined.Count < 2)
            {
                return [];
            }

            subject = joined[0];
            counterparts = joined.Skip(1).ToList();
        }

        var others = context.Mentions.Where(m => context.Officials.Contains(m.Person) && !counterparts.Contains(m.Person))
            .Select(m => m.Person).Distinct().ToList();
        var planned = IsPlanned(text, cue.End, cue.Planned);

        // "meetings with A, B and C", "will meet A and B": one meeting with each (which one happened where and for how
        // long the sentence does not say).
        var direction = counterparts.Count > 0 && subject is not null ? cue.Direction : MeetingDirection.Plain;
        if (subjects.Count > 1 && counterparts.Count > 0)
        {
            return subjects.Select(host => context.Meeting(cue.Start, cue.End, planned, counterparts, others.Where(o => o != host).ToList(), host, loose: false, several: true)
                with { Direction = direction }).ToList();
        }

        return counterparts.Count > 1 && !text[cue.Start..cue.End].Contains("between", StringComparison.OrdinalIgnoreCase)
            ? counterparts.Select(c => context.Meeting(cue.Start, cue.End, planned, [c], others, subject, loose: false, several: true) with { Direction = direction, PronounSubject = pronoun }).ToList()
            : [context.Meeting(cue.Start, cue.End, planned, counterparts, others, subject, loose: false) with { Direction = direction, PronounSubject = pronoun }];
    }

    /// <summary>"He will meet X", "On Monday, she met X", "..., where he is due to meet X": a pronoun is the subject of the phrase.</summary>
    [GeneratedRegex(@"(?:^|[,;]\s*)(?:[A-Z][\w ]{0,30},\s*)?(?:(?:where|when|and|then)\s+)?(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:[a-z]+\s+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex PronounBefore();

    /// <summary>The subject and the officials listed with it before the phrase ("A, B and C received ...").</summary>
    private static List<int> SubjectList(MeetingContext context, List<PersonMention> before, int subject)
    {
        var list = new List<int> { subject };
        var official = before.Where(m => context.Officials.Contains(m.Person)).ToList();
        var at = official.FindLastIndex(m => m.Person == subject);
        for (var i = at - 1; i >= 0; i--)
        {
            var gap = context.Document.Text[official[i].PhraseEnd..official[i + 1].PhraseStart];
            if (!SubjectListGap().IsMatch(gap))
            {
                break;
            }

            list.Insert(0, official[i].Person);
        }

        // "A, B, and government officials received C": the officials after the list leave it a list.
        return list.Distinct().ToList();
    }

    [GeneratedRegex(@"^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectListGap();

    /// <summary>A headline or a line of its own ("Will hold talks with X, Y tomorrow"): lists there drop the "and".</summary>
    private static bool Headline(MeetingContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var alone = (sentence.Index == 0 || document.Sentences[sentence.Index - 1].Paragraph != sentence.Paragraph)
            && (sentence.Index + 1 >= document.Sentences.Count || document.Sentences[sentence.Index + 1].Paragraph != sentence.Paragraph);
        return alone && sentence.Length <= 120 && document.Text[sentence.End - 1] is not ('.' or '"');
    }

    /// <summary>The officials listed right after the phrase: "with A", "with A and B", "with A, B, and C" (not "with A, B said";
    /// a headline's "with A, B" is a list).</summary>
    private static List<int> ListAfter(MeetingContext context, int from, bool headline)
    {
        var chain = new List<(int Person, bool CommaOnly)>();
        var previousEnd = from;
        foreach (var mention in context.Mentions.Where(m => m.PhraseStart >= from))
        {
            var gap = context.Document.Text[previousEnd..Math.Max(previousEnd, mention.PhraseStart)];
            if (!(chain.Count == 0 ? LeadIn() : ListGap()).IsMatch(gap) || !context.Officials.Contains(mention.Person))
            {
                break;
            }

            chain.Add((mention.Person, chain.Count > 0 && !gap.Contains("and") && !gap.Contains('&')));
            previousEnd = mention.PhraseEnd;
        }

        var closed = headline || (chain.FindLastIndex(c => !c.CommaOnly) is var last && last > 0 && chain.Skip(1).Any(c => !c.CommaOnly));
        if (!closed)
        {
            var cut = chain.FindIndex(c => c.CommaOnly);
            if (cut > 0)
            {
                chain = chain[..cut];
            }
        }

        return chain.Select(c => c.Person).Distinct().ToList();
    }

    /// <summary>The subject stands right before the phrase (after its own appositive: "X, North Korea's leader, received").</summary>
    /// <remarks>"A met B on Friday and is expected to meet C": after "and" a second verb shares the first one's subject, so B,
    /// the object of the first, is not the subject of the second.</remarks>
    private static bool TightSubject(string gap) => gap.Length <= 60 && !LooseGap().IsMatch(gap.TrimStart(' ', ',')) && !SharedSubject().IsMatch(gap);

    [GeneratedRegex(@"\band(?:\s+(?:is|was|are|were|will|would|has|had|also|then|later))*\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SharedSubject();

    [GeneratedRegex(@"[,;:""]|\b(?:said|says|told|tells|added|according|that|while|when|after|before|since|as|who|which)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LooseGap();

    /// <summary>"A and B met": the officials joined by "and" right before the phrase.</summary>
    private static List<int> JoinedBefore(MeetingContext context, List<PersonMention> before, int cueStart)
    {
        var joined = new List<int>();
        var nextStart = cueStart;
        for (var i = before.Count - 1; i >= 0; i--)
        {
            var mention = before[i];
            var gap = context.Document.Text[Math.Min(mention.PhraseEnd, nextStart)..nextStart];
            var ok = joined.Count == 0 ? SubjectGap().IsMatch(gap) : ListGap().IsMatch(gap);
            if (!ok || !context.Officials.Contains(mention.Person))
            {
                break;
            }

            joined.Insert(0, mention.Person);
            nextStart = mention.PhraseStart;
        }

        return joined.Distinct().ToList();
    }

    private bool Negated(string text, int cueStart) =>
        lexicon.Meetings.Negation.Matches(text).Any(n => n.Index < cueStart + 12);

    /// <summary>"a planned meeting with X was called off after ...": a cancellation after the phrase, before the next one.</summary>
    private bool CancelledAfter(string text, int cueEnd, int nextCue) =>
        lexicon.Meetings.CancelledAfter.Match(text, cueEnd) is { Success: true } m && m.Index < nextCue && m.Index - cueEnd <= 120;

    private bool IsPlanned(string text, int cueEnd, bool plannedCue) =>
        plannedCue || lexicon.Meetings.Future.IsMatch(text[..cueEnd]);
}

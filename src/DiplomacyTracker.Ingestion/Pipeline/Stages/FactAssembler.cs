using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// Turns the findings into <see cref="ArticleFacts"/>: officials, the trip reported (one visit per leg of a tour), one meeting per distinct
/// meeting (sentences about the same people on the same day are merged, the first dated sentence is the evidence),
/// issues linked to the meeting their sentence reports or else to the leg the sentence tells about, and quotes. Evidence is always a whole
/// sentence of the source text.
/// </summary>
internal sealed class FactAssembler(Lexicon lexicon) : IArticleStage
{
    public DocumentPart Reads => DocumentPart.Source | DocumentPart.Text | DocumentPart.Sentences | DocumentPart.Datelines | DocumentPart.Published | DocumentPart.Dates | DocumentPart.People | DocumentPart.Places | DocumentPart.Issues | DocumentPart.Meetings | DocumentPart.Trip | DocumentPart.PastTrips | DocumentPart.Quotes;

    public DocumentPart Assigns => DocumentPart.Facts;

    public ArticleDocument Run(ArticleDocument document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var officials = document.People.Where(p => p.IsOfficial).ToList();
        if (officials.Count == 0 && document.Trip is null && document.PastTrips.Count == 0)
        {
            return document with { Facts = ArticleFacts.Empty, Warnings = document.Warnings.Add("no visit found") };
        }

        var trip = document.Trip;
        var host = trip?.HostCountry;
        var (meetings, meetingBySentence) = new MeetingAssembler(document, trip, lexicon.Travel.Travel).Assemble();

        // Whom a traveller meets on a trip is, unless the article says otherwise, an official of the host country.
        var met = new Dictionary<string, string>();
        foreach (var meeting in meetings.Where(m => m.VisitIndex is not null))
        {
            foreach (var key in meeting.ParticipantKeys.Where(k => trip is null || k != document.People[trip.Traveler].Key))
            {
                met.TryAdd(key, MeetingAssembler.HostOf(document, trip, meeting.VisitIndex!.Value));
            }
        }

        var travelerHome = trip?.TravelerHome;
        var nearTraveler = trip is null ? [] : document.Mentions.Where(m => trip.TripSentences.Contains(m.Sentence) && m.Person != trip.Traveler)
            .Select(m => m.Person).ToHashSet();
        // No trip: officials the article gives no country serve the government of the place it was filed from.
        var filedFrom = trip is null ? document.DatelinePlaces.FirstOrDefault()?.Country : null;
        // The traveller's party ("accompanied by X", "X joined him") serves the traveller's government, not the host's.
        var partyHome = travelerHome ?? (trip is null ? null : document.People[trip.Traveler].Country);
        var party = trip is null || partyHome is null ? [] : Companions(document, trip);
        // The traveller is abroad: never of the host's country, whatever the sentences about them name.
        var extractedOfficials = officials.Select(p => Official(document, p, trip is null ? p.Country ?? filedFrom
            : p.Id == trip.Traveler ? p.Country ?? travelerHome
            : party.Contains(p.Id) ? p.Country ?? partyHome
            : CountryOf(p, met.GetValueOrDefault(p.Key) ?? host, travelerHome, met.ContainsKey(p.Key), nearTraveler.Contains(p.Id), HeadsTo(document, p.Id, host), NamedBeside(document, p.Id)))).ToList();

        // A traveller the article names without a nationality comes from where they return to, else most likely from
        // the country it names most besides the hosts ("Treasury Secretary X ... American business leaders").
        if (trip is not null && extractedOfficials.FindIndex(o => o.Key == document.People[trip.Traveler].Key) is var t and >= 0
            && extractedOfficials[t].Country is null && !document.People[trip.Traveler].International
            && (travelerHome ?? document.CountryMentions.Where(c => trip.Visits.All(v => v.HostCountry != c.Key))
                .OrderByDescending(c => c.Value).Select(c => c.Key).FirstOrDefault()) is { } home)
        {
            extractedOfficials[t] = extractedOfficials[t] with { Country = home };
        }

        var visits = new List<ExtractedVisit>();
        if (trip is not null)
        {
            visits.AddRange(trip.Visits.Select(leg => new ExtractedVisit(document.People[trip.Traveler].Key, leg.HostCountry, leg.Cities, leg.Start, leg.End,
                leg.EvidenceSentences.Select(s => document.Sentences[s].Span).ToList())));
        }

        visits.AddRange(document.PastTrips.Select(p => new ExtractedVisit(document.People[p.Traveler].Key, p.HostCountry, p.Cities, p.Start, p.End,
            [document.Sentences[p.Sentence].Span])));

        var issues = document.Issues.Select(issue =>
        {
            int? meeting = meetingBySentence.TryGetValue(issue.Sentence, out var m) ? m : null;
            int? visit = meeting is { } held ? meetings[held].VisitIndex : VisitOf(document, trip, issue.Sentence);
            return new ExtractedIssue(issue.Slug, document.Sentences[issue.Sentence].Span, visit, meeting,
                RaisedBy(document, issue.Sentence));
        }).ToList();

        var participants = meetings.Where(m => m.VisitIndex is not null).SelectMany(m => m.ParticipantKeys).ToHashSet();
        var quotes = document.Quotes.Select(q => new ExtractedQuote(document.People[q.Person].Key, document.Sentences[q.Sentence].Span,
            trip is not null && (trip.TripSentences.Contains(q.Sentence) || participants.Contains(document.People[q.Person].Key)) ? trip.VisitOf(q.Sentence) ?? 0 : null)).ToList();

        return document with { Facts = new ArticleFacts(extractedOfficials, visits, meetings, issues, quotes) };
    }

    /// <summary>
    /// The visit a sentence tells about: another trip mentioned in passing when the sentence dates it or follows the
    /// one that does ("... when she flew to X in October 2024. The two leaders discussed trade."), none when it is about
    /// an undated other trip, else the leg of the reported trip it tells about.
    /// </summary>
    private static int? VisitOf(ArticleDocument document, TripFinding? trip, int sentence)
    {
        var legs = trip?.Visits.Count ?? 0;
        var past = document.PastTrips.ToList().FindIndex(p => p.Sentence == sentence
            || (p.Sentence == sentence - 1 && trip?.TripSentences.Contains(sentence) != true));
        if (past >= 0)
        {
            return legs + past;
        }

        if (trip is null || trip.OtherTripSentences.Contains(sentence))
        {
            return null;
        }

        return trip.VisitOf(sentence) ?? trip.VisitBefore(sentence) ?? 0;
    }

    /// <summary>
    /// An official the article gives no country: whom the traveller meets, or a bare title named beside the traveller
    /// ("would not meet Defense Minister X"), serves the host; a "government spokesman" quoted apart from the meetings
    /// serves the traveller's government.
    /// </summary>
    private static string? CountryOf(Person person, string? host, string? home, bool metOnTrip, bool besideTraveler, bool headsToHost, string? namedBeside)
    {
        if (person.Country is not null)
        {
            return person.Country;
        }

        // "a possible trip by President X to <host>": someone heading to the host comes from the other side, the traveller's.
        if (headsToHost && home is not null && !metOnTrip)
        {
            return home;
        }

        if (metOnTrip || besideTraveler)
        {
            return host;
        }

        // "President X ..., the Kremlin said": the one country the sentences about them name.
        if (namedBeside is not null)
        {
            return namedBeside;
        }

        var spokesperson = person.Titles.Any(t => t.Head is "spokesman" or "spokeswoman" or "spokesperson" or "press secretary");
        return person.CountryFromContext || spokesperson ? home ?? host : null;
    }

    /// <summary>
    /// The officials a sentence puts in the traveller's party: those after "accompanied by" or "a delegation including"
    /// when what stands before it is the traveller (or no other official), and those before "joined him" in or just
    /// after a sentence about the trip.
    /// </summary>
    private HashSet<int> Companions(ArticleDocument document, TripFinding trip)
    {
        var party = new HashSet<int>();
        foreach (var sentence in document.Sentences)
        {
            var text = document.TextOf(sentence);
            var mentions = document.MentionsIn(sentence.Index).Where(m => m.Person != trip.Traveler && document.People[m.Person].IsOfficial).ToList();
            if (mentions.Count == 0)
            {
                continue;
            }

            if (lexicon.Travel.CompanionsAfter.Match(text) is { Success: true } after)
            {
                var cue = sentence.Start + after.Index;
                var subject = document.MentionsIn(sentence.Index).Where(m => m.PhraseEnd <= cue && document.People[m.Person].IsOfficial).ToList();
                if (subject.All(m => m.Person == trip.Traveler) && (subject.Count > 0 || trip.TripSentences.Contains(sentence.Index)))
                {
                    party.UnionWith(mentions.Where(m => m.NameStart > cue).Select(m => m.Person));
                }
            }

            // "him"/"her" stands for the traveller when the sentence, or the one before it, is about the trip.
            if (lexicon.Travel.CompanionsBefore.Match(text) is { Success: true } before
                && (trip.TripSentences.Contains(sentence.Index) || trip.TripSentences.Contains(sentence.Index - 1)))
            {
                party.UnionWith(mentions.Where(m => m.NameEnd <= sentence.Start + before.Index).Select(m => m.Person));
            }
        }

        return party;
    }

    /// <summary>The one country every sentence naming the official names besides them, if there is one.</summary>
    private static string? NamedBeside(ArticleDocument document, int person)
    {
        string? found = null;
        foreach (var sentence in document.Mentions.Where(m => m.Person == person).Select(m => m.Sentence).Distinct())
        {
            if (sentence >= document.SentenceCountries.Count || document.SentenceCountries[sentence] is not { Count: 1 } named)
            {
                return null;
            }

            var country = named.First();
            if (found is not null && found != country)
            {
                return null;
            }

            found = country;
        }

        return found;
    }

    /// <summary>The official is named going to the host country: "a trip by X to Y", "X will visit Y".</summary>
    private static bool HeadsTo(ArticleDocument document, int person, string? host) =>
        host is not null && document.Mentions.Any(m => m.Person == person && document.PlacesIn(m.Sentence).Any(p =>
            p.Country == host && p.Kind == PlaceKind.Country && p.Start >= m.NameEnd && p.Start - m.NameEnd < 40
            && HeadingTo.IsMatch(document.Text.AsSpan(m.NameEnd, p.Start - m.NameEnd))));

    private static readonly System.Text.RegularExpressions.Regex HeadingTo = new(
        @"^[\s,]*(?:(?:will|would|to|may|might|could|is to|plans to|is expected to)\s+)?(?:visit(?:s|ed|ing)?|travel(?:s|led|ed|ling|ing)?\s+to|go(?:es)?\s+to|fl(?:y|ies|ew)\s+to|to)\s+$",
        System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private ExtractedOfficial Official(ArticleDocument document, Person person, string? country)
    {
        // An official of a body of many states serves no country: not the host's, the article's or the traveller's.
        country = person.International ? null : country;
        // "the foreign minister met her Ukrainian counterpart X": X holds the same portfolio in X's own country. Only a
        // portfolio or a presidency carries over: a chancellor's or a secretary of state's counterpart may be a prime
        // minister or a foreign minister.
        var travellerOffice = document.Trip is { } trip && trip.Traveler != person.Id
            ? document.People[trip.Traveler].Titles.Select(t => t.Head).FirstOrDefault(SharedOffice)
            : null;
        // "Counterpart" is no office: it goes when the person has a title of their own.
        var own = person.Titles.Any(t => !IsCounterpart(t.Head));
        var titles = person.Titles
            .Where(t => !(own && IsCounterpart(t.Head)))
            .Select(t => new ExtractedTitle(IsCounterpart(t.Head) && travellerOffice is not null ? Capitalised(travellerOffice) : t.Title,
                document.Sentences[t.Sentence].Span, document.Published))
            .DistinctBy(t => t.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var aliases = document.Mentions.Where(m => m.Person == person.Id && m.Kind != MentionKind.Role)
            .Select(m => document.Source.Text[m.NameStart..m.NameEnd]).Select(a => a.EndsWith("'s", StringComparison.Ordinal) || a.EndsWith("\u2019s", StringComparison.Ordinal) ? a[..^2] : a)
            .Where(a => a != person.Name).Distinct().ToList();
        return new ExtractedOfficial(person.Key, person.Name, country, titles, aliases) { MatchTokens = lexicon.Names.MatchTokens(person.Key) };
    }

    private static bool IsCounterpart(string head) => head.Equals("counterpart", StringComparison.OrdinalIgnoreCase);

    private static bool SharedOffice(string head) =>
        head.Equals("president", StringComparison.OrdinalIgnoreCase)
        || (head.EndsWith(" minister", StringComparison.OrdinalIgnoreCase) && !head.EndsWith("prime minister", StringComparison.OrdinalIgnoreCase)
            && !head.EndsWith("first minister", StringComparison.OrdinalIgnoreCase) && !head.StartsWith("deputy", StringComparison.OrdinalIgnoreCase)
            && !head.StartsWith("vice", StringComparison.OrdinalIgnoreCase));

    private static string Capitalised(string title) =>
        string.Join(' ', title.Split(' ').Select(w => w.Length > 0 && char.IsLower(w[0]) && w is not ("of" or "for" or "the" or "and") ? char.ToUpperInvariant(w[0]) + w[1..] : w));

    private string? RaisedBy(ArticleDocument document, int sentence)
    {
        var text = document.TextOf(document.Sentences[sentence]);
        if (!RaiseVerbs.IsMatch(text))
        {
            return null;
        }

        var verb = RaiseVerbs.Match(text).Index + document.Sentences[sentence].Start;
        var subject = document.MentionsIn(sentence).Where(m => m.PhraseEnd <= verb && document.People[m.Person].IsOfficial)
            .OrderBy(m => m.PhraseStart).FirstOrDefault();
        return subject is null ? null : document.People[subject.Person].Key;
    }

    private static readonly System.Text.RegularExpressions.Regex RaiseVerbs = new(
        @"\b(?:raised|raises|pressed|presses|urged|urges|called on|stressed|expressed|emphasi[sz]ed|underscored|discussed|addressed|warned|advocated|reiterated|demanded|cautioned|pushed|sought|highlighted)\b",
        System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}

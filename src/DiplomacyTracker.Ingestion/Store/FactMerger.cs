using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Pipeline;
using MeetingParticipants = DiplomacyTracker.Domain.JoinTables.MeetingParticipants;
using MeetingReportParticipants = DiplomacyTracker.Domain.JoinTables.MeetingReportParticipants;
using VisitReportExcerpts = DiplomacyTracker.Domain.JoinTables.VisitReportExcerpts;

namespace DiplomacyTracker.Ingestion.Store;

/// <summary>
/// Adds one article's facts to what the store knows: the same person, trip or meeting reported by another article
/// becomes one more source of the existing fact rather than a second fact. Rows are written as they are merged;
/// the visits and meetings given a report are recomputed from all their reports at the end.
/// </summary>
/// <remarks>
/// When the article was stored before (a re-extraction, or a new version of its source), its old excerpts are cited
/// again under their ids, and a visit or meeting its old facts made and no other source holds is reused for the same
/// trip or talks even when the new reading moved their dates: the fact persists, so its address does.
/// </remarks>
internal sealed class FactMerger(StoreSql sql, int articleId, string articleText, IssueCatalog issues,
    IReadOnlyList<StoredExcerpt>? storedExcerpts = null, IReadOnlyCollection<int>? previousVisits = null,
    IReadOnlyCollection<int>? previousMeetings = null, Corrections.CorrectionRules? corrections = null)
{
    private readonly Corrections.CorrectionRules _corrections = corrections ?? Corrections.CorrectionRules.None;

    /// <summary>The officials this article names (for the editors' corrections to be applied again).</summary>
    public IEnumerable<int> Officials => _officials.Values;

    /// <summary>Two reports of one trip may disagree on its dates by this much and still be the same trip.</summary>
    private const int VisitDateSlackDays = 2;

    private static readonly string[] ExcerptColumns = [nameof(Excerpt.ArticleId), nameof(Excerpt.Start), nameof(Excerpt.Length), nameof(Excerpt.Text)];
    // Every column without a default: SQLite's NotOfficial has one (it was added to a table with rows), PostgreSQL's does not.
    private static readonly string[] OfficialColumns =
        [nameof(Domain.Official.Name), nameof(Domain.Official.NameKey), nameof(Domain.Official.Country), nameof(Domain.Official.Aliases), nameof(Domain.Official.NotOfficial)];
    private static readonly string[] StoredOfficialColumns = [nameof(Domain.Official.Id), nameof(Domain.Official.Name), nameof(Domain.Official.Country), nameof(Domain.Official.Aliases)];
    private static readonly string[] TitleColumns = [nameof(OfficialTitle.OfficialId), nameof(OfficialTitle.Title), nameof(OfficialTitle.AsOf), nameof(OfficialTitle.ExcerptId)];
    private static readonly string[] QuoteColumns = [nameof(Quote.OfficialId), nameof(Quote.ExcerptId), nameof(Quote.Text), nameof(Quote.VisitId)];
    private static readonly string[] VisitColumns = [nameof(Visit.TravelerId), nameof(Visit.HostCountry), nameof(Visit.Cities), nameof(Visit.Start), nameof(Visit.End)];
    private static readonly string[] VisitReportColumns =
        [nameof(VisitReport.VisitId), nameof(VisitReport.ArticleId), nameof(VisitReport.Start), nameof(VisitReport.End), nameof(VisitReport.Cities)];
    private static readonly string[] MeetingColumns =
    [
        nameof(Meeting.VisitId), nameof(Meeting.Date), nameof(Meeting.City), nameof(Meeting.Venue), nameof(Meeting.Status), nameof(Meeting.DurationMinutes),
        nameof(Meeting.DateFirm),
    ];
    private static readonly string[] MeetingReportColumns =
    [
        nameof(MeetingReport.MeetingId), nameof(MeetingReport.ExcerptId), nameof(MeetingReport.Date), nameof(MeetingReport.Status), nameof(MeetingReport.City),
        nameof(MeetingReport.Venue), nameof(MeetingReport.DurationMinutes), nameof(MeetingReport.DateAssumed), nameof(MeetingReport.Ceremonial),
    ];
    private static readonly string[] MentionColumns =
    [
        nameof(IssueMention.IssueId), nameof(IssueMention.ExcerptId), nameof(IssueMention.VisitId), nameof(IssueMention.MeetingId), nameof(IssueMention.RaisedById),
    ];

    private readonly Dictionary<TextSpan, int> _excerpts = [];
    private readonly ILookup<string, StoredExcerpt> _storedExcerpts = (storedExcerpts ?? []).ToLookup(e => e.Text, StringComparer.Ordinal);

    /// <summary>The article's stored excerpts its new facts cite again.</summary>
    public HashSet<int> ReusedExcerpts { get; } = [];
    private readonly Dictionary<string, int> _officials = new(StringComparer.Ordinal);
    private readonly OfficialIdentity _identity = new(sql);
    private readonly List<MergedVisit> _newVisits = [];
    private readonly List<MergedMeeting> _newMeetings = [];

    /// <summary>Who this article's reports name at each meeting they join, stored or new: the stored participants do not list them yet.</summary>
    private readonly Dictionary<int, HashSet<int>> _reportedParticipants = [];

    /// <summary>How many reports this article gives each visit and meeting it touches.</summary>
    private readonly Dictionary<int, int> _visitReports = [];
    private readonly Dictionary<int, int> _meetingReports = [];

    /// <summary>Merges the facts; returns the visits and meetings that gained a report, already recomputed.</summary>
    public (List<int> Visits, List<int> Meetings) Merge(ArticleFacts facts)
    {
        foreach (var official in facts.Officials)
        {
            MergeOfficial(official);
        }

        var visits = facts.Visits.Select(MergeVisit).ToList();
        var meetings = facts.Meetings.Select(m => MergeMeeting(m, At(visits, m.VisitIndex))).ToList();

        foreach (var issue in facts.Issues)
        {
            AddIssueMention(issue, At(visits, issue.VisitIndex), At(meetings, issue.MeetingIndex));
        }

        foreach (var quote in facts.Quotes)
        {
            if (_officials.TryGetValue(quote.OfficialKey, out var speaker))
            {
                var excerpt = ExcerptFor(quote.Evidence);
                sql.Execute(static s => $"""
                    INSERT INTO {s.T<Quote>()} ({s.Columns<Quote>(QuoteColumns)}) VALUES ({StoreSchema.Parameters(QuoteColumns)})
                    """,
                    (nameof(Quote.OfficialId), speaker), (nameof(Quote.ExcerptId), excerpt), (nameof(Quote.Text), quote.Evidence.Of(articleText)),
                    (nameof(Quote.VisitId), At(visits, quote.VisitIndex)?.Id));
            }
        }

        foreach (var (meeting, participants) in _reportedParticipants)
        {
            foreach (var participant in participants)
            {
                sql.Execute(static s => $"""
                    INSERT INTO {s.T(MeetingParticipants.Entity)}
                        ({s.C(MeetingParticipants.Entity, MeetingParticipants.MeetingId)}, {s.C(MeetingParticipants.Entity, MeetingParticipants.OfficialId)})
                    VALUES (@MeetingId, @OfficialId)
                    ON CONFLICT DO NOTHING
                    """, ("MeetingId", meeting), ("OfficialId", participant));
            }
        }

        // A visit or meeting this article created from one report was written with that report's values already;
        // one with other sources, or several here, is recomputed from all of them.
        Consolidation.Refresh(sql,
            _visitReports.Where(v => v.Value > 1 || !_newVisits.Any(n => n.Id == v.Key)).Select(v => v.Key),
            _meetingReports.Where(m => m.Value > 1 || !_newMeetings.Any(n => n.Id == m.Key)).Select(m => m.Key),
            participantsKnown: true);
        IssueDays.RefreshArticle(sql, articleId);
        return ([.. _visitReports.Keys], [.. _meetingReports.Keys]);
    }

    private static T? At<T>(List<T?> items, int? index) where T : class =>
        index is int i && i >= 0 && i < items.Count ? items[i] : null;

    private int ExcerptFor(TextSpan span)
    {
        if (_excerpts.TryGetValue(span, out var id))
        {
            return id;
        }

        if (StoredExcerptFor(span) is { } stored)
        {
            if (stored.Start != span.Start)
            {
                sql.Execute(static s => $"""
                    UPDATE {s.T<Excerpt>()} SET {s.Assignments<Excerpt>(nameof(Excerpt.Start))} WHERE {s.C<Excerpt>(nameof(Excerpt.Id))} = @Id
                    """, (nameof(Excerpt.Id), stored.Id), (nameof(Excerpt.Start), span.Start));
            }

            ReusedExcerpts.Add(stored.Id);
            id = stored.Id;
        }
        else
        {
            id = sql.Insert(static s => $"""
                INSERT INTO {s.T<Excerpt>()} ({s.Columns<Excerpt>(ExcerptColumns)}) VALUES ({StoreSchema.Parameters(ExcerptColumns)})
                RETURNING {s.C<Excerpt>(nameof(Excerpt.Id))}
                """,
                (nameof(Excerpt.ArticleId), articleId), (nameof(Excerpt.Start), span.Start), (nameof(Excerpt.Length), span.Length),
                (nameof(Excerpt.Text), span.Of(articleText)));
        }

        _excerpts[span] = id;
        return id;
    }

    /// <summary>The stored excerpt with this sentence: the one at the same place, else the first not cited yet.</summary>
    private StoredExcerpt? StoredExcerptFor(TextSpan span)
    {
        var same = _storedExcerpts[span.Of(articleText)].Where(e => !ReusedExcerpts.Contains(e.Id)).ToList();
        return same.FirstOrDefault(e => e.Start == span.Start) ?? same.FirstOrDefault();
    }

    private void MergeOfficial(ExtractedOfficial found)
    {
        var stored = StoredOfficial(found.Key);
        if (stored is null && !_corrections.IsEmpty && _corrections.OfficialFor(sql, found.Key) is int survivor)
        {
            // An editor merged this name into another official: it stays that official.
            stored = StoredOfficial(survivor);
        }

        if (stored is null && _identity.Find(found) is { } same)
        {
            // Another spelling of someone stored: the fuller name is the one shown ("Albanese" becomes "Anthony Albanese").
            if (same.Fuller)
            {
                sql.Execute(static s => $"""
                    UPDATE {s.T<Domain.Official>()} SET {s.Assignments<Domain.Official>(nameof(Domain.Official.Name))} WHERE {s.C<Domain.Official>(nameof(Domain.Official.Id))} = @Id
                    """, (nameof(Domain.Official.Id), same.Id), (nameof(Domain.Official.Name), found.Name));
            }

            stored = StoredOfficial(same.Id);
        }

        if (stored is { } taken && !_corrections.IsEmpty && _corrections.OfficialIn(sql, articleId, taken.Id) is var other && other != taken.Id)
        {
            // An editor split this article's sayings of that person off to another official.
            stored = StoredOfficial(other);
        }

        var (id, name, country, aliases) = stored ?? (sql.Insert(static s => $"""
                INSERT INTO {s.T<Domain.Official>()} ({s.Columns<Domain.Official>(OfficialColumns)}) VALUES ({StoreSchema.Parameters(OfficialColumns)})
                RETURNING {s.C<Domain.Official>(nameof(Domain.Official.Id))}
                """,
                (nameof(Domain.Official.Name), found.Name), (nameof(Domain.Official.NameKey), found.Key), (nameof(Domain.Official.Country), found.Country),
                (nameof(Domain.Official.Aliases), new List<string>()), (nameof(Domain.Official.NotOfficial), false)), found.Name, found.Country, []);
        _officials[found.Key] = id;
        _identity.Remember(id, found.MatchTokens);

        var added = found.Aliases.Append(found.Name)
            .Where(alias => alias != name)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(alias => !aliases.Contains(alias, StringComparer.OrdinalIgnoreCase))
            .ToList();
        if (added.Count > 0 || (country is null && found.Country is not null))
        {
            sql.Execute(static s => $"""
                UPDATE {s.T<Domain.Official>()} SET {s.Assignments<Domain.Official>(nameof(Domain.Official.Country), nameof(Domain.Official.Aliases))}
                WHERE {s.C<Domain.Official>(nameof(Domain.Official.Id))} = @Id
                """, (nameof(Domain.Official.Id), id), (nameof(Domain.Official.Country), country ?? found.Country), (nameof(Domain.Official.Aliases), aliases.Concat(added).ToList()));
        }

        foreach (var title in found.Titles)
        {
            var known = sql.FirstId(static s => $"""
                SELECT {s.C<OfficialTitle>(nameof(OfficialTitle.Id))} FROM {s.T<OfficialTitle>()}
                WHERE {s.C<OfficialTitle>(nameof(OfficialTitle.OfficialId))} = @OfficialId AND lower({s.C<OfficialTitle>(nameof(OfficialTitle.Title))}) = lower(@Title)
                    AND {s.C<OfficialTitle>(nameof(OfficialTitle.AsOf))} IS NOT DISTINCT FROM @AsOf
                LIMIT 1
                """, (nameof(OfficialTitle.OfficialId), id), (nameof(OfficialTitle.Title), title.Title), (nameof(OfficialTitle.AsOf), title.AsOf));
            if (known is null)
            {
                sql.Execute(static s => $"""
                    INSERT INTO {s.T<OfficialTitle>()} ({s.Columns<OfficialTitle>(TitleColumns)}) VALUES ({StoreSchema.Parameters(TitleColumns)})
                    """,
                    (nameof(OfficialTitle.OfficialId), id), (nameof(OfficialTitle.Title), title.Title), (nameof(OfficialTitle.AsOf), title.AsOf),
                    (nameof(OfficialTitle.ExcerptId), ExcerptFor(title.Evidence)));
            }
        }
    }

    private (int Id, string Name, string? Country, List<string> Aliases)? StoredOfficial(string key) =>
        sql.Query(static s => $"""
                SELECT {s.Columns<Domain.Official>(StoredOfficialColumns)} FROM {s.T<Domain.Official>()} WHERE {s.C<Domain.Official>(nameof(Domain.Official.NameKey))} = @NameKey
                """,
                r => (r.GetInt32(0), r.GetString(1), StoreSql.TextOf(r, 2), StoreSql.ListOf(r, 3)), (nameof(Domain.Official.NameKey), key))
            .Select(o => ((int, string, string?, List<string>)?)o).FirstOrDefault();

    private (int Id, string Name, string? Country, List<string> Aliases)? StoredOfficial(int id) =>
        sql.Query(static s => $"""
                SELECT {s.Columns<Domain.Official>(StoredOfficialColumns)} FROM {s.T<Domain.Official>()} WHERE {s.C<Domain.Official>(nameof(Domain.Official.Id))} = @Id
                """,
                r => (r.GetInt32(0), r.GetString(1), StoreSql.TextOf(r, 2), StoreSql.ListOf(r, 3)), (nameof(Domain.Official.Id), id))
            .Select(o => ((int, string, string?, List<string>)?)o).FirstOrDefault();

    /// <summary>An official this article names, or one the store knows by that key.</summary>
    private int? Official(string key)
    {
        if (!_officials.TryGetValue(key, out var id))
        {
            if (StoredOfficial(key) is not { } stored)
            {
                return null;
            }

            _officials[key] = id = stored.Id;
        }

        return id;
    }

    private MergedVisit? MergeVisit(ExtractedVisit found)
    {
        if (Official(found.TravelerKey) is not int traveler)
        {
            return null;
        }

        var corrected = _corrections.IsEmpty ? (false, null) : _corrections.TripFor(sql, articleId, traveler, found.HostCountry, found.Start, found.End);
        if (corrected.Found && corrected.VisitId is null)
        {
            // An editor deleted this trip as wrong.
            return null;
        }

        var visit = (corrected.VisitId is int correctedId ? CorrectedTrip(correctedId) : null)
                    ?? SameStoredTrip(traveler, found)
                    ?? _newVisits.FirstOrDefault(v => v.TravelerId == traveler && v.HostCountry == found.HostCountry && Overlaps(v.Start, v.End, found))
                    ?? PreviousTrip(traveler, found);
        if (visit is null)
        {
            var end = found.Start is { } start && found.End < start ? start : found.End;
            var id = sql.Insert(static s => $"""
                INSERT INTO {s.T<Visit>()} ({s.Columns<Visit>(VisitColumns)}) VALUES ({StoreSchema.Parameters(VisitColumns)})
                RETURNING {s.C<Visit>(nameof(Visit.Id))}
                """,
                (nameof(Visit.TravelerId), traveler), (nameof(Visit.HostCountry), found.HostCountry),
                (nameof(Visit.Cities), found.Cities.Distinct(StringComparer.OrdinalIgnoreCase).ToList()), (nameof(Visit.Start), found.Start), (nameof(Visit.End), end));
            visit = new MergedVisit(id, traveler, found.HostCountry, found.Start, found.End, IsNew: true);
            _newVisits.Add(visit);
        }

        var report = sql.Insert(static s => $"""
            INSERT INTO {s.T<VisitReport>()} ({s.Columns<VisitReport>(VisitReportColumns)}) VALUES ({StoreSchema.Parameters(VisitReportColumns)})
            RETURNING {s.C<VisitReport>(nameof(VisitReport.Id))}
            """,
            (nameof(VisitReport.VisitId), visit.Id), (nameof(VisitReport.ArticleId), articleId), (nameof(VisitReport.Start), found.Start),
            (nameof(VisitReport.End), found.End), (nameof(VisitReport.Cities), found.Cities.ToList()));
        foreach (var excerpt in found.Evidence.Distinct().Select(ExcerptFor).Distinct())
        {
            sql.Execute(static s => $"""
                INSERT INTO {s.T(VisitReportExcerpts.Entity)}
                    ({s.C(VisitReportExcerpts.Entity, VisitReportExcerpts.ExcerptId)}, {s.C(VisitReportExcerpts.Entity, VisitReportExcerpts.VisitReportId)})
                VALUES (@ExcerptId, @VisitReportId)
                """, ("ExcerptId", excerpt), ("VisitReportId", report));
        }

        _visitReports[visit.Id] = _visitReports.GetValueOrDefault(visit.Id) + 1;
        return visit;
    }

    // The traveller is the stored trip's: an editor may have corrected who it was.
    private MergedVisit? CorrectedTrip(int id) =>
        _newVisits.FirstOrDefault(v => v.Id == id)
        ?? sql.Query(static s => $"""
                SELECT {s.Columns<Visit>(nameof(Visit.Id), nameof(Visit.TravelerId), nameof(Visit.HostCountry), nameof(Visit.Start), nameof(Visit.End))} FROM {s.T<Visit>()}
                WHERE {s.C<Visit>(nameof(Visit.Id))} = @Id
                """,
            r => new MergedVisit(r.GetInt32(0), r.GetInt32(1), r.GetString(2), StoreSql.DateOf(r, 3), StoreSql.DateOf(r, 4), IsNew: false),
            (nameof(Visit.Id), id)).FirstOrDefault();

    /// <summary>The stored trip (from before this article) this report is about, if there is one.</summary>
    private MergedVisit? SameStoredTrip(int traveler, ExtractedVisit found)
    {
        var candidates = sql.Query(static s => $"""
                SELECT {s.Columns<Visit>(nameof(Visit.Id), nameof(Visit.Start), nameof(Visit.End))}
                FROM {s.T<Visit>()} WHERE {s.C<Visit>(nameof(Visit.TravelerId))} = @TravelerId AND {s.C<Visit>(nameof(Visit.HostCountry))} = @HostCountry
                ORDER BY {s.C<Visit>(nameof(Visit.Id))}
                """,
                r => new MergedVisit(r.GetInt32(0), traveler, found.HostCountry, StoreSql.DateOf(r, 1), StoreSql.DateOf(r, 2), IsNew: false),
                (nameof(Visit.TravelerId), traveler), (nameof(Visit.HostCountry), found.HostCountry))
            .Where(v => !_newVisits.Any(n => n.Id == v.Id))
            .ToList();
        if (found.Start is null && found.End is null)
        {
            // An undated report can only join a trip when there is no doubt which one it is.
            return candidates.Count == 1 ? candidates[0] : candidates.FirstOrDefault(v => v.Start is null);
        }

        return candidates.FirstOrDefault(v => Overlaps(v.Start, v.End, found));
    }

    /// <summary>
    /// The trip of this traveller to this host that the article's earlier reading made and nothing else reports: the
    /// same trip read again, whatever its dates now (the natural key is traveller and host within one article).
    /// </summary>
    private MergedVisit? PreviousTrip(int traveler, ExtractedVisit found)
    {
        if (previousVisits is not { Count: > 0 })
        {
            return null;
        }

        return sql.Query(static s => $"""
                SELECT v.{s.C<Visit>(nameof(Visit.Id))}, v.{s.C<Visit>(nameof(Visit.Start))}, v.{s.C<Visit>(nameof(Visit.End))} FROM {s.T<Visit>()} AS v
                WHERE v.{s.C<Visit>(nameof(Visit.TravelerId))} = @TravelerId AND v.{s.C<Visit>(nameof(Visit.HostCountry))} = @HostCountry
                    AND NOT EXISTS (SELECT 1 FROM {s.T<VisitReport>()} AS r WHERE r.{s.C<VisitReport>(nameof(VisitReport.VisitId))} = v.{s.C<Visit>(nameof(Visit.Id))})
                ORDER BY v.{s.C<Visit>(nameof(Visit.Id))}
                """,
                r => new MergedVisit(r.GetInt32(0), traveler, found.HostCountry, StoreSql.DateOf(r, 1), StoreSql.DateOf(r, 2), IsNew: false),
                (nameof(Visit.TravelerId), traveler), (nameof(Visit.HostCountry), found.HostCountry))
            .FirstOrDefault(v => previousVisits.Contains(v.Id) && !_visitReports.ContainsKey(v.Id));
    }

    private static bool Overlaps(DateOnly? start, DateOnly? end, ExtractedVisit found)
    {
        if (start is null && end is null)
        {
            return found.Start is null && found.End is null;
        }

        var (a0, a1) = (start ?? end!.Value, end ?? start!.Value);
        var (b0, b1) = (found.Start ?? found.End!.Value, found.End ?? found.Start!.Value);
        return a0.AddDays(-VisitDateSlackDays) <= b1 && b0.AddDays(-VisitDateSlackDays) <= a1;
    }

    private MergedMeeting? MergeMeeting(ExtractedMeeting found, MergedVisit? visit)
    {
        var participants = found.ParticipantKeys.Distinct().Select(Official).OfType<int>().Distinct().ToList();
        var counterparts = participants.Where(p => visit is null || p != visit.TravelerId).ToHashSet();
        if (counterparts.Count == 0)
        {
            return null;
        }

        var firm = Firm(found);
        var corrected = _corrections.IsEmpty ? (false, null) : _corrections.MeetingFor(sql, articleId, visit?.Id, found.Date, counterparts);
        if (corrected.Found && corrected.MeetingId is null)
        {
            // An editor deleted these talks as wrong.
            return null;
        }

        var meeting = (corrected.MeetingId is int correctedId
                          ? sql.Query(static s => $"""
                                  SELECT {s.Columns<Meeting>(nameof(Meeting.Id), nameof(Meeting.VisitId), nameof(Meeting.Date), nameof(Meeting.DateFirm))}
                                  FROM {s.T<Meeting>()} WHERE {s.C<Meeting>(nameof(Meeting.Id))} = @Id
                                  """,
                              r => new MergedMeeting(r.GetInt32(0), StoreSql.IntOf(r, 1), StoreSql.DateOf(r, 2), r.GetBoolean(3)),
                              (nameof(Meeting.Id), correctedId)).FirstOrDefault()
                          : null)
                      ?? SameMeeting(visit, found.Date, firm, counterparts) ?? PreviousMeeting(visit, counterparts);
        if (meeting is null)
        {
            var id = sql.Insert(static s => $"""
                INSERT INTO {s.T<Meeting>()} ({s.Columns<Meeting>(MeetingColumns)}) VALUES ({StoreSchema.Parameters(MeetingColumns)})
                RETURNING {s.C<Meeting>(nameof(Meeting.Id))}
                """,
                (nameof(Meeting.VisitId), visit?.Id), (nameof(Meeting.Date), found.Date), (nameof(Meeting.City), found.City),
                (nameof(Meeting.Venue), found.Venue), (nameof(Meeting.Status), StatusOf(found.Status)),
                (nameof(Meeting.DurationMinutes), found.DurationMinutes), (nameof(Meeting.DateFirm), firm));
            meeting = new MergedMeeting(id, visit?.Id, found.Date, firm);
            _newMeetings.Add(meeting);
        }

        var report = sql.Insert(static s => $"""
            INSERT INTO {s.T<MeetingReport>()} ({s.Columns<MeetingReport>(MeetingReportColumns)}) VALUES ({StoreSchema.Parameters(MeetingReportColumns)})
            RETURNING {s.C<MeetingReport>(nameof(MeetingReport.Id))}
            """,
            (nameof(MeetingReport.MeetingId), meeting.Id), (nameof(MeetingReport.ExcerptId), ExcerptFor(found.Evidence)),
            (nameof(MeetingReport.Date), found.Date), (nameof(MeetingReport.Status), StatusOf(found.Status)), (nameof(MeetingReport.City), found.City),
            (nameof(MeetingReport.Venue), found.Venue), (nameof(MeetingReport.DurationMinutes), found.DurationMinutes),
            (nameof(MeetingReport.DateAssumed), found.DateAssumed), (nameof(MeetingReport.Ceremonial), found.Ceremonial));
        foreach (var participant in participants)
        {
            sql.Execute(static s => $"""
                INSERT INTO {s.T(MeetingReportParticipants.Entity)} ({s.C(MeetingReportParticipants.Entity, MeetingReportParticipants.MeetingReportId)},
                    {s.C(MeetingReportParticipants.Entity, MeetingReportParticipants.OfficialId)})
                VALUES (@MeetingReportId, @OfficialId)
                """, ("MeetingReportId", report), ("OfficialId", participant));
        }

        if (!_reportedParticipants.TryGetValue(meeting.Id, out var reported))
        {
            _reportedParticipants[meeting.Id] = reported = [];
        }

        reported.UnionWith(participants);
        _meetingReports[meeting.Id] = _meetingReports.GetValueOrDefault(meeting.Id) + 1;
        return meeting;
    }

    /// <summary>
    /// The meeting these counterparts had on the same visit: one stored before this article, or one this article
    /// already told of. Talks reported held on two days the sources name are two meetings; a plan, a greeting or a
    /// guessed day joins the meeting with the same people (the day most firmly reported is kept).
    /// </summary>
    private MergedMeeting? SameMeeting(MergedVisit? visit, DateOnly? date, bool firm, HashSet<int> counterparts)
    {
        var stored = visit is { IsNew: false }
            ? StoredMeetings(static s => $"""
                {MeetingsWithParticipants(s)}
                WHERE m.{s.C<Meeting>(nameof(Meeting.VisitId))} = @VisitId ORDER BY m.{s.C<Meeting>(nameof(Meeting.Id))}
                """, (nameof(Meeting.VisitId), visit.Id), visit.Id)
            : visit is null && date is not null
                ? StoredMeetings(static s => $"""
                    {MeetingsWithParticipants(s)}
                    WHERE m.{s.C<Meeting>(nameof(Meeting.VisitId))} IS NULL AND m.{s.C<Meeting>(nameof(Meeting.Date))} = @Date ORDER BY m.{s.C<Meeting>(nameof(Meeting.Id))}
                    """, (nameof(Meeting.Date), date), null)
                : [];
        var pending = _newMeetings.Where(m => m.VisitId == visit?.Id).Select(m => (m.Id, m.VisitId, m.Date, m.DateFirm, Participants: new HashSet<int>()));
        var candidates = stored.Concat(pending)
            .Where(m => m.Participants.Concat(_reportedParticipants.GetValueOrDefault(m.Id) ?? []).Any(counterparts.Contains))
            .ToList();
        var match = candidates.FirstOrDefault(m => m.Date is null || date is null || m.Date == date);
        if (match.Id == 0)
        {
            match = candidates.FirstOrDefault(m => !(firm && m.DateFirm));
        }

        return match.Id == 0 ? null : new MergedMeeting(match.Id, match.VisitId, match.Date, match.DateFirm);
    }

    /// <summary>
    /// The talks with these counterparts that the article's earlier reading made and no other source reports: the
    /// same talks read again, kept under their id (moved to this reading's visit) even when their day changed.
    /// </summary>
    private MergedMeeting? PreviousMeeting(MergedVisit? visit, HashSet<int> counterparts)
    {
        if (previousMeetings is not { Count: > 0 })
        {
            return null;
        }

        foreach (var id in previousMeetings.Where(id => !_meetingReports.ContainsKey(id)).Order())
        {
            var row = sql.Query(static s => $"""
                SELECT m.{s.C<Meeting>(nameof(Meeting.VisitId))}, m.{s.C<Meeting>(nameof(Meeting.Date))}, m.{s.C<Meeting>(nameof(Meeting.DateFirm))}
                FROM {s.T<Meeting>()} AS m
                WHERE m.{s.C<Meeting>(nameof(Meeting.Id))} = @Id
                    AND NOT EXISTS (SELECT 1 FROM {s.T<MeetingReport>()} AS r WHERE r.{s.C<MeetingReport>(nameof(MeetingReport.MeetingId))} = m.{s.C<Meeting>(nameof(Meeting.Id))})
                """, r => (VisitId: StoreSql.IntOf(r, 0), Date: StoreSql.DateOf(r, 1), Firm: r.GetBoolean(2)), (nameof(Meeting.Id), id));
            if (row.Count == 0 || (row[0].VisitId is int was && visit is not null && was != visit.Id))
            {
                continue;
            }

            var participants = sql.Query(static s => $"""
                SELECT {s.C(MeetingParticipants.Entity, MeetingParticipants.OfficialId)} FROM {s.T(MeetingParticipants.Entity)}
                WHERE {s.C(MeetingParticipants.Entity, MeetingParticipants.MeetingId)} = @MeetingId
                """, r => r.GetInt32(0), ("MeetingId", id));
            if (!participants.Any(counterparts.Contains))
            {
                continue;
            }

            if (row[0].VisitId != visit?.Id)
            {
                sql.Execute(static s => $"""
                    UPDATE {s.T<Meeting>()} SET {s.Assignments<Meeting>(nameof(Meeting.VisitId))} WHERE {s.C<Meeting>(nameof(Meeting.Id))} = @Id
                    """, (nameof(Meeting.Id), id), (nameof(Meeting.VisitId), visit?.Id));
            }

            return new MergedMeeting(id, visit?.Id, row[0].Date, row[0].Firm);
        }

        return null;
    }

    /// <summary>Talks held on a day the sentence names (not a plan, a greeting or a guessed day).</summary>
    private static bool Firm(ExtractedMeeting meeting) =>
        meeting.Status == ExtractedMeetingStatus.Held && meeting.Date is not null && !meeting.DateAssumed && !meeting.Ceremonial;

    /// <summary>Meetings (as <c>m</c>), each with its participants (<c>p</c>): for <see cref="StoredMeetings"/> to add its conditions to.</summary>
    private static string MeetingsWithParticipants(StoreSchema s) => $"""
        SELECT m.{s.C<Meeting>(nameof(Meeting.Id))}, m.{s.C<Meeting>(nameof(Meeting.Date))}, m.{s.C<Meeting>(nameof(Meeting.DateFirm))},
            p.{s.C(MeetingParticipants.Entity, MeetingParticipants.OfficialId)}
        FROM {s.T<Meeting>()} AS m
        LEFT JOIN {s.T(MeetingParticipants.Entity)} AS p ON p.{s.C(MeetingParticipants.Entity, MeetingParticipants.MeetingId)} = m.{s.C<Meeting>(nameof(Meeting.Id))}
        """;

    private List<(int Id, int? VisitId, DateOnly? Date, bool DateFirm, HashSet<int> Participants)> StoredMeetings(Func<StoreSchema, string> query,
        (string Name, object? Value) value, int? visitId) =>
        sql.Query(query, r => (Id: r.GetInt32(0), Date: StoreSql.DateOf(r, 1), Firm: r.GetBoolean(2), Participant: StoreSql.IntOf(r, 3)), value)
            .Where(r => !_newMeetings.Any(n => n.Id == r.Id))
            .GroupBy(r => (r.Id, r.Date, r.Firm))
            .Select(g => (g.Key.Id, visitId, g.Key.Date, g.Key.Firm, g.Select(r => r.Participant).OfType<int>().ToHashSet()))
            .ToList();

    private void AddIssueMention(ExtractedIssue found, MergedVisit? visit, MergedMeeting? meeting)
    {
        if (issues.IdOf(found.Slug) is not int issueId)
        {
            return;
        }

        int? raisedBy = found.RaisedByKey is { } key && _officials.TryGetValue(key, out var raiser) ? raiser : null;
        sql.Execute(static s => $"""
            INSERT INTO {s.T<IssueMention>()} ({s.Columns<IssueMention>(MentionColumns)}) VALUES ({StoreSchema.Parameters(MentionColumns)})
            """,
            (nameof(IssueMention.IssueId), issueId), (nameof(IssueMention.ExcerptId), ExcerptFor(found.Evidence)),
            (nameof(IssueMention.VisitId), meeting is null ? visit?.Id : meeting.VisitId ?? visit?.Id), (nameof(IssueMention.MeetingId), meeting?.Id),
            (nameof(IssueMention.RaisedById), raisedBy));
    }

    private static MeetingStatus StatusOf(ExtractedMeetingStatus status) =>
        status == ExtractedMeetingStatus.Held ? MeetingStatus.Held : MeetingStatus.Planned;

    private sealed record MergedVisit(int Id, int TravelerId, string HostCountry, DateOnly? Start, DateOnly? End, bool IsNew);

    private sealed record MergedMeeting(int Id, int? VisitId, DateOnly? Date, bool DateFirm);
}

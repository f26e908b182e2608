using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Pipeline;

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
                sql.Execute("""INSERT INTO "Quotes" ("OfficialId", "ExcerptId", "Text", "VisitId") VALUES ($1, $2, $3, $4)""",
                    speaker, excerpt, quote.Evidence.Of(articleText), At(visits, quote.VisitIndex)?.Id);
            }
        }

        foreach (var (meeting, participants) in _reportedParticipants)
        {
            foreach (var participant in participants)
            {
                sql.Execute("""INSERT OR IGNORE INTO "MeetingParticipants" ("MeetingId", "ParticipantsId") VALUES ($1, $2)""", meeting, participant);
            }
        }

        // A visit or meeting this article created from one report was written with that report's values already;
        // one with other sources, or several here, is recomputed from all of them.
        Consolidation.Refresh(sql,
            _visitReports.Where(v => v.Value > 1 || !_newVisits.Any(n => n.Id == v.Key)).Select(v => v.Key),
            _meetingReports.Where(m => m.Value > 1 || !_newMeetings.Any(n => n.Id == m.Key)).Select(m => m.Key),
            participantsKnown: true);
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
                sql.Execute("""UPDATE "Excerpts" SET "Start" = $2 WHERE "Id" = $1""", stored.Id, span.Start);
            }

            ReusedExcerpts.Add(stored.Id);
            id = stored.Id;
        }
        else
        {
            id = sql.Insert("""INSERT INTO "Excerpts" ("ArticleId", "Start", "Length", "Text") VALUES ($1, $2, $3, $4) RETURNING "Id" """,
                articleId, span.Start, span.Length, span.Of(articleText));
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
                sql.Execute("""UPDATE "Officials" SET "Name" = $2 WHERE "Id" = $1""", same.Id, found.Name);
            }

            stored = StoredOfficial(same.Id);
        }

        if (stored is { } taken && !_corrections.IsEmpty && _corrections.OfficialIn(sql, articleId, taken.Id) is var other && other != taken.Id)
        {
            // An editor split this article's sayings of that person off to another official.
            stored = StoredOfficial(other);
        }

        var (id, name, country, aliases) = stored ?? (sql.Insert("""INSERT INTO "Officials" ("Name", "NameKey", "Country", "Aliases") VALUES ($1, $2, $3, '[]') RETURNING "Id" """,
                found.Name, found.Key, found.Country), found.Name, found.Country, []);
        _officials[found.Key] = id;
        _identity.Remember(id, found.MatchTokens);

        var added = found.Aliases.Append(found.Name)
            .Where(alias => alias != name)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(alias => !aliases.Contains(alias, StringComparer.OrdinalIgnoreCase))
            .ToList();
        if (added.Count > 0 || (country is null && found.Country is not null))
        {
            sql.Execute("""UPDATE "Officials" SET "Country" = $2, "Aliases" = $3 WHERE "Id" = $1""",
                id, country ?? found.Country, StoreSql.Json(aliases.Concat(added)));
        }

        foreach (var title in found.Titles)
        {
            var known = sql.FirstId("""
                SELECT "Id" FROM "OfficialTitles"
                WHERE "OfficialId" = $1 AND "Title" = $2 COLLATE NOCASE AND "AsOf" IS $3
                LIMIT 1
                """, id, title.Title, title.AsOf);
            if (known is null)
            {
                sql.Execute("""INSERT INTO "OfficialTitles" ("OfficialId", "Title", "AsOf", "ExcerptId") VALUES ($1, $2, $3, $4)""",
                    id, title.Title, title.AsOf, ExcerptFor(title.Evidence));
            }
        }
    }

    private (int Id, string Name, string? Country, List<string> Aliases)? StoredOfficial(string key) =>
        sql.Query("""SELECT "Id", "Name", "Country", "Aliases" FROM "Officials" WHERE "NameKey" = $1""",
                r => (r.GetInt32(0), r.GetString(1), StoreSql.TextOf(r, 2), StoreSql.ListOf(r, 3)), key)
            .Select(o => ((int, string, string?, List<string>)?)o).FirstOrDefault();

    private (int Id, string Name, string? Country, List<string> Aliases)? StoredOfficial(int id) =>
        sql.Query("""SELECT "Id", "Name", "Country", "Aliases" FROM "Officials" WHERE "Id" = $1""",
                r => (r.GetInt32(0), r.GetString(1), StoreSql.TextOf(r, 2), StoreSql.ListOf(r, 3)), id)
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
            var id = sql.Insert("""INSERT INTO "Visits" ("TravelerId", "HostCountry", "Cities", "Start", "End") VALUES ($1, $2, $3, $4, $5) RETURNING "Id" """,
                traveler, found.HostCountry, StoreSql.Json(found.Cities.Distinct(StringComparer.OrdinalIgnoreCase)), found.Start, end);
            visit = new MergedVisit(id, traveler, found.HostCountry, found.Start, found.End, IsNew: true);
            _newVisits.Add(visit);
        }

        var report = sql.Insert("""INSERT INTO "VisitReports" ("VisitId", "ArticleId", "Start", "End", "Cities") VALUES ($1, $2, $3, $4, $5) RETURNING "Id" """,
            visit.Id, articleId, found.Start, found.End, StoreSql.Json(found.Cities));
        foreach (var excerpt in found.Evidence.Distinct().Select(ExcerptFor).Distinct())
        {
            sql.Execute("""INSERT INTO "VisitReportExcerpts" ("ExcerptsId", "VisitReportId") VALUES ($1, $2)""", excerpt, report);
        }

        _visitReports[visit.Id] = _visitReports.GetValueOrDefault(visit.Id) + 1;
        return visit;
    }

    // The traveller is the stored trip's: an editor may have corrected who it was.
    private MergedVisit? CorrectedTrip(int id) =>
        _newVisits.FirstOrDefault(v => v.Id == id)
        ?? sql.Query("""SELECT "Id", "TravelerId", "HostCountry", "Start", "End" FROM "Visits" WHERE "Id" = $1""",
            r => new MergedVisit(r.GetInt32(0), r.GetInt32(1), r.GetString(2), StoreSql.DateOf(r, 3), StoreSql.DateOf(r, 4), IsNew: false), id).FirstOrDefault();

    /// <summary>The stored trip (from before this article) this report is about, if there is one.</summary>
    private MergedVisit? SameStoredTrip(int traveler, ExtractedVisit found)
    {
        var candidates = sql.Query("""
                SELECT "Id", "Start", "End" FROM "Visits" WHERE "TravelerId" = $1 AND "HostCountry" = $2 ORDER BY "Id"
                """,
                r => new MergedVisit(r.GetInt32(0), traveler, found.HostCountry, StoreSql.DateOf(r, 1), StoreSql.DateOf(r, 2), IsNew: false),
                traveler, found.HostCountry)
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

        return sql.Query("""
                SELECT v."Id", v."Start", v."End" FROM "Visits" AS v
                WHERE v."TravelerId" = $1 AND v."HostCountry" = $2 AND NOT EXISTS (SELECT 1 FROM "VisitReports" AS r WHERE r."VisitId" = v."Id")
                ORDER BY v."Id"
                """,
                r => new MergedVisit(r.GetInt32(0), traveler, found.HostCountry, StoreSql.DateOf(r, 1), StoreSql.DateOf(r, 2), IsNew: false),
                traveler, found.HostCountry)
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
                          ? sql.Query("""SELECT "Id", "VisitId", "Date", "DateFirm" FROM "Meetings" WHERE "Id" = $1""",
                              r => new MergedMeeting(r.GetInt32(0), StoreSql.IntOf(r, 1), StoreSql.DateOf(r, 2), r.GetBoolean(3)), correctedId).FirstOrDefault()
                          : null)
                      ?? SameMeeting(visit, found.Date, firm, counterparts) ?? PreviousMeeting(visit, counterparts);
        if (meeting is null)
        {
            var id = sql.Insert("""
                INSERT INTO "Meetings" ("VisitId", "Date", "City", "Venue", "Status", "DurationMinutes", "DateFirm") VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING "Id"
                """, visit?.Id, found.Date, found.City, found.Venue, StatusOf(found.Status), found.DurationMinutes, firm);
            meeting = new MergedMeeting(id, visit?.Id, found.Date, firm);
            _newMeetings.Add(meeting);
        }

        var report = sql.Insert("""
            INSERT INTO "MeetingReports" ("MeetingId", "ExcerptId", "Date", "Status", "City", "Venue", "DurationMinutes", "DateAssumed", "Ceremonial")
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING "Id"
            """, meeting.Id, ExcerptFor(found.Evidence), found.Date, StatusOf(found.Status), found.City, found.Venue, found.DurationMinutes,
            found.DateAssumed, found.Ceremonial);
        foreach (var participant in participants)
        {
            sql.Execute("""INSERT INTO "MeetingReportParticipants" ("MeetingReportId", "ParticipantsId") VALUES ($1, $2)""", report, participant);
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
            ? StoredMeetings("""
                SELECT m."Id", m."Date", m."DateFirm", p."ParticipantsId" FROM "Meetings" AS m
                LEFT JOIN "MeetingParticipants" AS p ON p."MeetingId" = m."Id"
                WHERE m."VisitId" = $1 ORDER BY m."Id"
                """, visit.Id, visit.Id)
            : visit is null && date is not null
                ? StoredMeetings("""
                    SELECT m."Id", m."Date", m."DateFirm", p."ParticipantsId" FROM "Meetings" AS m
                    LEFT JOIN "MeetingParticipants" AS p ON p."MeetingId" = m."Id"
                    WHERE m."VisitId" IS NULL AND m."Date" = $1 ORDER BY m."Id"
                    """, date, null)
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
            var row = sql.Query("""
                SELECT m."VisitId", m."Date", m."DateFirm" FROM "Meetings" AS m
                WHERE m."Id" = $1 AND NOT EXISTS (SELECT 1 FROM "MeetingReports" AS r WHERE r."MeetingId" = m."Id")
                """, r => (VisitId: StoreSql.IntOf(r, 0), Date: StoreSql.DateOf(r, 1), Firm: r.GetBoolean(2)), id);
            if (row.Count == 0 || (row[0].VisitId is int was && visit is not null && was != visit.Id))
            {
                continue;
            }

            var participants = sql.Query("""SELECT "ParticipantsId" FROM "MeetingParticipants" WHERE "MeetingId" = $1""", r => r.GetInt32(0), id);
            if (!participants.Any(counterparts.Contains))
            {
                continue;
            }

            if (row[0].VisitId != visit?.Id)
            {
                sql.Execute("""UPDATE "Meetings" SET "VisitId" = $2 WHERE "Id" = $1""", id, visit?.Id);
            }

            return new MergedMeeting(id, visit?.Id, row[0].Date, row[0].Firm);
        }

        return null;
    }

    /// <summary>Talks held on a day the sentence names (not a plan, a greeting or a guessed day).</summary>
    private static bool Firm(ExtractedMeeting meeting) =>
        meeting.Status == ExtractedMeetingStatus.Held && meeting.Date is not null && !meeting.DateAssumed && !meeting.Ceremonial;

    private List<(int Id, int? VisitId, DateOnly? Date, bool DateFirm, HashSet<int> Participants)> StoredMeetings(string query, object? value, int? visitId) =>
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
        sql.Execute("""
            INSERT INTO "IssueMentions" ("IssueId", "ExcerptId", "VisitId", "MeetingId", "RaisedById") VALUES ($1, $2, $3, $4, $5)
            """, issueId, ExcerptFor(found.Evidence), meeting is null ? visit?.Id : meeting.VisitId ?? visit?.Id, meeting?.Id, raisedBy);
    }

    private static MeetingStatus StatusOf(ExtractedMeetingStatus status) =>
        status == ExtractedMeetingStatus.Held ? MeetingStatus.Held : MeetingStatus.Planned;

    private sealed record MergedVisit(int Id, int TravelerId, string HostCountry, DateOnly? Start, DateOnly? End, bool IsNew);

    private sealed record MergedMeeting(int Id, int? VisitId, DateOnly? Date, bool DateFirm);
}

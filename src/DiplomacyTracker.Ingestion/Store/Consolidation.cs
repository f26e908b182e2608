using DiplomacyTracker.Domain;
using MeetingParticipants = DiplomacyTracker.Domain.JoinTables.MeetingParticipants;
using MeetingReportParticipants = DiplomacyTracker.Domain.JoinTables.MeetingReportParticipants;

namespace DiplomacyTracker.Ingestion.Store;

/// <summary>
/// Recomputes a visit's or a meeting's own fields from its reports, so what the tracker shows is always what its
/// remaining sources say: held wins over planned, the date most sources give wins, a fact left with no source goes.
/// </summary>
internal static class Consolidation
{
    /// <param name="participantsKnown">
    /// The meetings' participants already list everyone their reports name (reports were only added): only a removed
    /// report can leave a participant no source names.
    /// </param>
    public static void Refresh(StoreSql sql, IEnumerable<int> visitIds, IEnumerable<int> meetingIds, bool participantsKnown)
    {
        var (visits, meetings) = (visitIds.ToList(), meetingIds.ToList());
        foreach (var meeting in meetings)
        {
            RefreshMeeting(sql, meeting, participantsKnown);
        }

        foreach (var visit in visits)
        {
            RefreshVisit(sql, visit);
        }

        // A meeting's day or a visit's first day may have moved: so has the day its issues came up.
        IssueDays.RefreshFacts(sql, meetings, visits);
    }

    /// <summary>Deletes those of these officials nothing refers to any more (their last article was replaced).</summary>
    public static void RemoveUnreferencedOfficials(StoreSql sql, IEnumerable<int> officialIds)
    {
        foreach (var official in officialIds)
        {
            var deleted = sql.Execute(static s => $"""
                DELETE FROM {s.T<Official>()} AS o WHERE o.{s.C<Official>(nameof(Official.Id))} = @Id
                AND NOT EXISTS (SELECT 1 FROM {s.T<OfficialTitle>()} AS t WHERE t.{s.C<OfficialTitle>(nameof(OfficialTitle.OfficialId))} = o.{s.C<Official>(nameof(Official.Id))})
                AND NOT EXISTS (SELECT 1 FROM {s.T<Visit>()} AS v WHERE v.{s.C<Visit>(nameof(Visit.TravelerId))} = o.{s.C<Official>(nameof(Official.Id))})
                AND NOT EXISTS (SELECT 1 FROM {s.T(MeetingParticipants.Entity)} AS p
                    WHERE p.{s.C(MeetingParticipants.Entity, MeetingParticipants.OfficialId)} = o.{s.C<Official>(nameof(Official.Id))})
                AND NOT EXISTS (SELECT 1 FROM {s.T<Quote>()} AS q WHERE q.{s.C<Quote>(nameof(Quote.OfficialId))} = o.{s.C<Official>(nameof(Official.Id))})
                """, (nameof(Official.Id), official));
            if (deleted > 0)
            {
                Retire(sql, FactKind.Official, official, replacement: null);
            }
        }
    }

    /// <summary>Records that a fact is gone, so its address answers 410 (naming the replacement) instead of 404.</summary>
    private static void Retire(StoreSql sql, string kind, int id, int? replacement) =>
        sql.Execute(static s => $"""
            INSERT INTO {s.T<FactRedirect>()} ({s.Columns<FactRedirect>(RedirectColumns)}) VALUES ({StoreSchema.Parameters(RedirectColumns)})
            """,
            (nameof(FactRedirect.Kind), kind), (nameof(FactRedirect.FromId), id), (nameof(FactRedirect.ToId), replacement),
            (nameof(FactRedirect.Merged), false), (nameof(FactRedirect.At), DateTimeOffset.UtcNow));

    private static readonly string[] RedirectColumns =
        [nameof(FactRedirect.Kind), nameof(FactRedirect.FromId), nameof(FactRedirect.ToId), nameof(FactRedirect.Merged), nameof(FactRedirect.At)];

    private static void RefreshVisit(StoreSql sql, int visitId)
    {
        var reports = sql.Query(static s => $"""
            SELECT {s.Columns<VisitReport>(nameof(VisitReport.Start), nameof(VisitReport.End), nameof(VisitReport.Cities))} FROM {s.T<VisitReport>()}
            WHERE {s.C<VisitReport>(nameof(VisitReport.VisitId))} = @VisitId ORDER BY {s.C<VisitReport>(nameof(VisitReport.Id))}
            """,
            r => (Start: StoreSql.DateOf(r, 0), End: StoreSql.DateOf(r, 1), Cities: StoreSql.ListOf(r, 2)), (nameof(VisitReport.VisitId), visitId));
        if (reports.Count == 0)
        {
            // What replaced it, if anything: another trip of the same traveller to the same country.
            var replacement = sql.FirstId(static s => $"""
                SELECT o.{s.C<Visit>(nameof(Visit.Id))} FROM {s.T<Visit>()} AS v
                JOIN {s.T<Visit>()} AS o ON o.{s.C<Visit>(nameof(Visit.TravelerId))} = v.{s.C<Visit>(nameof(Visit.TravelerId))}
                    AND o.{s.C<Visit>(nameof(Visit.HostCountry))} = v.{s.C<Visit>(nameof(Visit.HostCountry))}
                WHERE v.{s.C<Visit>(nameof(Visit.Id))} = @Id AND o.{s.C<Visit>(nameof(Visit.Id))} <> v.{s.C<Visit>(nameof(Visit.Id))}
                ORDER BY o.{s.C<Visit>(nameof(Visit.Id))} DESC LIMIT 1
                """, (nameof(Visit.Id), visitId));
            sql.Execute(static s => $"""DELETE FROM {s.T<Visit>()} WHERE {s.C<Visit>(nameof(Visit.Id))} = @Id""", (nameof(Visit.Id), visitId));
            Retire(sql, FactKind.Visit, visitId, replacement);
            return;
        }

        var ordered = reports.OrderBy(r => r.Start ?? DateOnly.MaxValue).ToList();
        var start = MostReported(ordered.Select(r => r.Start), preferLatest: false);
        var end = MostReported(ordered.Select(r => r.End), preferLatest: true);
        if (start is { } s && end is { } e && e < s)
        {
            end = start;
        }

        var cities = ordered.SelectMany(r => r.Cities).Distinct(StringComparer.OrdinalIgnoreCase);
        sql.Execute(static s => $"""
            UPDATE {s.T<Visit>()} SET {s.Assignments<Visit>(nameof(Visit.Start), nameof(Visit.End), nameof(Visit.Cities))} WHERE {s.C<Visit>(nameof(Visit.Id))} = @Id
            """, (nameof(Visit.Id), visitId), (nameof(Visit.Start), start), (nameof(Visit.End), end), (nameof(Visit.Cities), cities.ToList()));
    }

    private static void RefreshMeeting(StoreSql sql, int meetingId, bool participantsKnown)
    {
        var reports = sql.Query(static s => $"""
            SELECT {s.Columns<MeetingReport>(nameof(MeetingReport.Status), nameof(MeetingReport.Date), nameof(MeetingReport.City), nameof(MeetingReport.Venue),
                nameof(MeetingReport.DurationMinutes), nameof(MeetingReport.DateAssumed), nameof(MeetingReport.Ceremonial))}
            FROM {s.T<MeetingReport>()} WHERE {s.C<MeetingReport>(nameof(MeetingReport.MeetingId))} = @MeetingId ORDER BY {s.C<MeetingReport>(nameof(MeetingReport.Id))}
            """,
            r => (Status: (MeetingStatus)r.GetInt32(0), Date: StoreSql.DateOf(r, 1), City: StoreSql.TextOf(r, 2), Venue: StoreSql.TextOf(r, 3),
                Duration: StoreSql.IntOf(r, 4), Assumed: r.GetBoolean(5), Ceremonial: r.GetBoolean(6)),
            (nameof(MeetingReport.MeetingId), meetingId));
        if (reports.Count == 0)
        {
            // What replaced it, if anything: other talks on the same visit with one of the same people.
            var replacement = sql.FirstId(static s => $"""
                SELECT o.{s.C<Meeting>(nameof(Meeting.Id))} FROM {s.T<Meeting>()} AS m
                JOIN {s.T<Meeting>()} AS o ON o.{s.C<Meeting>(nameof(Meeting.VisitId))} = m.{s.C<Meeting>(nameof(Meeting.VisitId))}
                    AND o.{s.C<Meeting>(nameof(Meeting.Id))} <> m.{s.C<Meeting>(nameof(Meeting.Id))}
                WHERE m.{s.C<Meeting>(nameof(Meeting.Id))} = @Id AND EXISTS (
                    SELECT 1 FROM {s.T(MeetingParticipants.Entity)} AS a
                    JOIN {s.T(MeetingParticipants.Entity)} AS b
                        ON b.{s.C(MeetingParticipants.Entity, MeetingParticipants.OfficialId)} = a.{s.C(MeetingParticipants.Entity, MeetingParticipants.OfficialId)}
                    WHERE a.{s.C(MeetingParticipants.Entity, MeetingParticipants.MeetingId)} = m.{s.C<Meeting>(nameof(Meeting.Id))}
                        AND b.{s.C(MeetingParticipants.Entity, MeetingParticipants.MeetingId)} = o.{s.C<Meeting>(nameof(Meeting.Id))})
                ORDER BY o.{s.C<Meeting>(nameof(Meeting.Id))} DESC LIMIT 1
                """, (nameof(Meeting.Id), meetingId));
            sql.Execute(static s => $"""DELETE FROM {s.T<Meeting>()} WHERE {s.C<Meeting>(nameof(Meeting.Id))} = @Id""", (nameof(Meeting.Id), meetingId));
            Retire(sql, FactKind.Meeting, meetingId, replacement);
            return;
        }

        var held = reports.Where(r => r.Status == MeetingStatus.Held).ToList();
        var best = held.Count > 0 ? held : reports;

        // The day of talks a source reports held on a day it names; else of a greeting or a plan; else a guess.
        var firm = held.Where(r => r.Date is not null && !r.Assumed && !r.Ceremonial).ToList();
        var stated = reports.Where(r => r.Date is not null && !r.Assumed).ToList();
        var dated = firm.Count > 0 ? firm : stated.Count > 0 ? stated : reports;
        sql.Execute(static s => $"""
            UPDATE {s.T<Meeting>()}
            SET {s.Assignments<Meeting>(nameof(Meeting.Status), nameof(Meeting.Date), nameof(Meeting.City), nameof(Meeting.Venue), nameof(Meeting.DurationMinutes),
                nameof(Meeting.DateFirm))}
            WHERE {s.C<Meeting>(nameof(Meeting.Id))} = @Id
            """,
            (nameof(Meeting.Id), meetingId),
            (nameof(Meeting.Status), held.Count > 0 ? MeetingStatus.Held : MeetingStatus.Planned),
            (nameof(Meeting.Date), MostReported(dated.Select(r => r.Date), preferLatest: false)),
            (nameof(Meeting.City), MostCommon(best.Select(r => r.City)) ?? MostCommon(reports.Select(r => r.City))),
            (nameof(Meeting.Venue), MostCommon(best.Select(r => r.Venue)) ?? MostCommon(reports.Select(r => r.Venue))),
            (nameof(Meeting.DurationMinutes), reports.Max(r => r.Duration)),
            (nameof(Meeting.DateFirm), firm.Count > 0));
        if (participantsKnown)
        {
            return;
        }

        // The meeting's participants are everyone its reports name.
        sql.Execute(static s => $"""
            DELETE FROM {s.T(MeetingParticipants.Entity)} WHERE {s.C(MeetingParticipants.Entity, MeetingParticipants.MeetingId)} = @MeetingId
                AND {s.C(MeetingParticipants.Entity, MeetingParticipants.OfficialId)} NOT IN ({ReportedParticipants(s)})
            """, ("MeetingId", meetingId));
        sql.Execute(static s => $"""
            INSERT INTO {s.T(MeetingParticipants.Entity)}
                ({s.C(MeetingParticipants.Entity, MeetingParticipants.MeetingId)}, {s.C(MeetingParticipants.Entity, MeetingParticipants.OfficialId)})
            SELECT DISTINCT r.{s.C<MeetingReport>(nameof(MeetingReport.MeetingId))}, rp.{s.C(MeetingReportParticipants.Entity, MeetingReportParticipants.OfficialId)}
            FROM {s.T(MeetingReportParticipants.Entity)} AS rp
            JOIN {s.T<MeetingReport>()} AS r ON r.{s.C<MeetingReport>(nameof(MeetingReport.Id))} = rp.{s.C(MeetingReportParticipants.Entity, MeetingReportParticipants.MeetingReportId)}
            WHERE r.{s.C<MeetingReport>(nameof(MeetingReport.MeetingId))} = @MeetingId
            ON CONFLICT DO NOTHING
            """, ("MeetingId", meetingId));
    }

    /// <summary>Everyone the reports of meeting <c>@MeetingId</c> name.</summary>
    private static string ReportedParticipants(StoreSchema s) => $"""
        SELECT rp.{s.C(MeetingReportParticipants.Entity, MeetingReportParticipants.OfficialId)} FROM {s.T(MeetingReportParticipants.Entity)} AS rp
        JOIN {s.T<MeetingReport>()} AS r ON r.{s.C<MeetingReport>(nameof(MeetingReport.Id))} = rp.{s.C(MeetingReportParticipants.Entity, MeetingReportParticipants.MeetingReportId)}
        WHERE r.{s.C<MeetingReport>(nameof(MeetingReport.MeetingId))} = @MeetingId
        """;

    private static DateOnly? MostReported(IEnumerable<DateOnly?> dates, bool preferLatest)
    {
        var groups = dates.OfType<DateOnly>().GroupBy(d => d).ToList();
        if (groups.Count == 0)
        {
            return null;
        }

        var top = groups.Max(g => g.Count());
        var tied = groups.Where(g => g.Count() == top).Select(g => g.Key);
        return preferLatest ? tied.Max() : tied.Min();
    }

    private static string? MostCommon(IEnumerable<string?> values) =>
        values.OfType<string>().GroupBy(v => v, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
}

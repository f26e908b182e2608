using DiplomacyTracker.Domain;

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
        foreach (var meeting in meetingIds)
        {
            RefreshMeeting(sql, meeting, participantsKnown);
        }

        foreach (var visit in visitIds)
        {
            RefreshVisit(sql, visit);
        }
    }

    /// <summary>Deletes those of these officials nothing refers to any more (their last article was replaced).</summary>
    public static void RemoveUnreferencedOfficials(StoreSql sql, IEnumerable<int> officialIds)
    {
        foreach (var official in officialIds)
        {
            var deleted = sql.Execute("""
                DELETE FROM "Officials" AS o WHERE o."Id" = $1
                AND NOT EXISTS (SELECT 1 FROM "OfficialTitles" AS t WHERE t."OfficialId" = o."Id")
                AND NOT EXISTS (SELECT 1 FROM "Visits" AS v WHERE v."TravelerId" = o."Id")
                AND NOT EXISTS (SELECT 1 FROM "MeetingParticipants" AS p WHERE p."ParticipantsId" = o."Id")
                AND NOT EXISTS (SELECT 1 FROM "Quotes" AS q WHERE q."OfficialId" = o."Id")
                """, official);
            if (deleted > 0)
            {
                Retire(sql, FactKind.Official, official, replacement: null);
            }
        }
    }

    /// <summary>Records that a fact is gone, so its address answers 410 (naming the replacement) instead of 404.</summary>
    private static void Retire(StoreSql sql, string kind, int id, int? replacement) =>
        sql.Execute("""INSERT INTO "FactRedirects" ("Kind", "FromId", "ToId", "Merged", "At") VALUES ($1, $2, $3, 0, $4)""",
            kind, id, replacement, DateTimeOffset.UtcNow);

    private static void RefreshVisit(StoreSql sql, int visitId)
    {
        var reports = sql.Query("""SELECT "Start", "End", "Cities" FROM "VisitReports" WHERE "VisitId" = $1 ORDER BY "Id" """,
            r => (Start: StoreSql.DateOf(r, 0), End: StoreSql.DateOf(r, 1), Cities: StoreSql.ListOf(r, 2)), visitId);
        if (reports.Count == 0)
        {
            // What replaced it, if anything: another trip of the same traveller to the same country.
            var replacement = sql.FirstId("""
                SELECT o."Id" FROM "Visits" AS v JOIN "Visits" AS o ON o."TravelerId" = v."TravelerId" AND o."HostCountry" = v."HostCountry"
                WHERE v."Id" = $1 AND o."Id" <> v."Id" ORDER BY o."Id" DESC LIMIT 1
                """, visitId);
            sql.Execute("""DELETE FROM "Visits" WHERE "Id" = $1""", visitId);
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
        sql.Execute("""UPDATE "Visits" SET "Start" = $2, "End" = $3, "Cities" = $4 WHERE "Id" = $1""", visitId, start, end, StoreSql.Json(cities));
    }

    private static void RefreshMeeting(StoreSql sql, int meetingId, bool participantsKnown)
    {
        var reports = sql.Query("""
            SELECT "Status", "Date", "City", "Venue", "DurationMinutes", "DateAssumed", "Ceremonial" FROM "MeetingReports" WHERE "MeetingId" = $1 ORDER BY "Id"
            """,
            r => (Status: (MeetingStatus)r.GetInt32(0), Date: StoreSql.DateOf(r, 1), City: StoreSql.TextOf(r, 2), Venue: StoreSql.TextOf(r, 3),
                Duration: StoreSql.IntOf(r, 4), Assumed: r.GetBoolean(5), Ceremonial: r.GetBoolean(6)),
            meetingId);
        if (reports.Count == 0)
        {
            // What replaced it, if anything: other talks on the same visit with one of the same people.
            var replacement = sql.FirstId("""
                SELECT o."Id" FROM "Meetings" AS m JOIN "Meetings" AS o ON o."VisitId" = m."VisitId" AND o."Id" <> m."Id"
                WHERE m."Id" = $1 AND EXISTS (
                    SELECT 1 FROM "MeetingParticipants" AS a JOIN "MeetingParticipants" AS b ON b."ParticipantsId" = a."ParticipantsId"
                    WHERE a."MeetingId" = m."Id" AND b."MeetingId" = o."Id")
                ORDER BY o."Id" DESC LIMIT 1
                """, meetingId);
            sql.Execute("""DELETE FROM "Meetings" WHERE "Id" = $1""", meetingId);
            Retire(sql, FactKind.Meeting, meetingId, replacement);
            return;
        }

        var held = reports.Where(r => r.Status == MeetingStatus.Held).ToList();
        var best = held.Count > 0 ? held : reports;

        // The day of talks a source reports held on a day it names; else of a greeting or a plan; else a guess.
        var firm = held.Where(r => r.Date is not null && !r.Assumed && !r.Ceremonial).ToList();
        var stated = reports.Where(r => r.Date is not null && !r.Assumed).ToList();
        var dated = firm.Count > 0 ? firm : stated.Count > 0 ? stated : reports;
        sql.Execute("""
            UPDATE "Meetings" SET "Status" = $2, "Date" = $3, "City" = $4, "Venue" = $5, "DurationMinutes" = $6, "DateFirm" = $7 WHERE "Id" = $1
            """,
            meetingId,
            held.Count > 0 ? MeetingStatus.Held : MeetingStatus.Planned,
            MostReported(dated.Select(r => r.Date), preferLatest: false),
            MostCommon(best.Select(r => r.City)) ?? MostCommon(reports.Select(r => r.City)),
            MostCommon(best.Select(r => r.Venue)) ?? MostCommon(reports.Select(r => r.Venue)),
            reports.Max(r => r.Duration),
            firm.Count > 0);
        if (participantsKnown)
        {
            return;
        }

        // The meeting's participants are everyone its reports name.
        sql.Execute("""
            DELETE FROM "MeetingParticipants" WHERE "MeetingId" = $1 AND "ParticipantsId" NOT IN (
                SELECT rp."ParticipantsId" FROM "MeetingReportParticipants" AS rp
                JOIN "MeetingReports" AS r ON r."Id" = rp."MeetingReportId" WHERE r."MeetingId" = $1)
            """, meetingId);
        sql.Execute("""
            INSERT OR IGNORE INTO "MeetingParticipants" ("MeetingId", "ParticipantsId")
            SELECT DISTINCT r."MeetingId", rp."ParticipantsId" FROM "MeetingReportParticipants" AS rp
            JOIN "MeetingReports" AS r ON r."Id" = rp."MeetingReportId" WHERE r."MeetingId" = $1
            """, meetingId);
    }

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

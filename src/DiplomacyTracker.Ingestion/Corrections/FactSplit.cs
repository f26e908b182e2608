using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Store;

namespace DiplomacyTracker.Ingestion.Corrections;

/// <summary>
/// The rows a split moves: what some articles report of a visit, meeting or official goes to a new record of the
/// same kind, which is then recomputed from its reports like any other (see <see cref="Consolidation"/>).
/// </summary>
internal static class FactSplit
{
    /// <summary>A new trip with those articles' reports, the meetings only they report, and their issues and quotes.</summary>
    public static int Visit(StoreSql sql, int id, IReadOnlyList<int> articles)
    {
        var split = sql.Insert("""
            INSERT INTO "Visits" ("TravelerId", "HostCountry", "Cities", "Start", "End")
            SELECT "TravelerId", "HostCountry", "Cities", "Start", "End" FROM "Visits" WHERE "Id" = $1 RETURNING "Id"
            """, id);
        var meetings = sql.Query("""
                SELECT r."MeetingId", e."ArticleId" FROM "MeetingReports" AS r JOIN "Excerpts" AS e ON e."Id" = r."ExcerptId"
                JOIN "Meetings" AS m ON m."Id" = r."MeetingId" WHERE m."VisitId" = $1
                """, r => (Meeting: r.GetInt32(0), Article: r.GetInt32(1)), id)
            .GroupBy(r => r.Meeting)
            .Where(g => g.All(r => articles.Contains(r.Article)))
            .Select(g => g.Key)
            .ToList();
        foreach (var article in articles)
        {
            sql.Execute("""UPDATE "VisitReports" SET "VisitId" = $2 WHERE "VisitId" = $1 AND "ArticleId" = $3""", id, split, article);
            foreach (var table in (string[])["IssueMentions", "Quotes"])
            {
                sql.Execute($"""
                    UPDATE "{table}" SET "VisitId" = $2 WHERE "VisitId" = $1 AND "ExcerptId" IN (SELECT "Id" FROM "Excerpts" WHERE "ArticleId" = $3)
                    """, id, split, article);
            }
        }

        foreach (var meeting in meetings)
        {
            sql.Execute("""UPDATE "Meetings" SET "VisitId" = $2 WHERE "Id" = $1""", meeting, split);
        }

        // An issue raised at a meeting is on that meeting's trip, wherever the article that said so went.
        sql.Execute("""
            UPDATE "IssueMentions" SET "VisitId" = (SELECT m."VisitId" FROM "Meetings" AS m WHERE m."Id" = "IssueMentions"."MeetingId")
            WHERE "MeetingId" IS NOT NULL AND "VisitId" IN ($1, $2)
            """, id, split);
        Consolidation.Refresh(sql, [id, split], [], participantsKnown: true);
        return split;
    }

    /// <summary>New talks with those articles' reports of these and the issues they raised at them.</summary>
    public static int Meeting(StoreSql sql, int id, IReadOnlyList<int> articles)
    {
        var split = sql.Insert("""
            INSERT INTO "Meetings" ("VisitId", "Date", "City", "Venue", "Status", "DurationMinutes", "DateFirm")
            SELECT "VisitId", "Date", "City", "Venue", "Status", "DurationMinutes", "DateFirm" FROM "Meetings" WHERE "Id" = $1 RETURNING "Id"
            """, id);
        foreach (var article in articles)
        {
            foreach (var table in (string[])["MeetingReports", "IssueMentions"])
            {
                sql.Execute($"""
                    UPDATE "{table}" SET "MeetingId" = $2 WHERE "MeetingId" = $1 AND "ExcerptId" IN (SELECT "Id" FROM "Excerpts" WHERE "ArticleId" = $3)
                    """, id, split, article);
            }
        }

        Consolidation.Refresh(sql, [], [id, split], participantsKnown: false);
        return split;
    }

    /// <summary>
    /// A new official named <paramref name="name"/> for what those articles say of the person: their titles, quotes,
    /// issues raised, places at meetings, and the trips only they report. Their key is the split's own, so only the
    /// editors' rule (the moved articles' readings of the person) leads to them.
    /// </summary>
    public static int Official(StoreSql sql, int id, IReadOnlyList<int> articles, string name)
    {
        var split = sql.Insert("""
            INSERT INTO "Officials" ("Name", "NameKey", "Country", "Aliases", "NotOfficial")
            SELECT $2, "NameKey" || '#split-' || lower(hex(randomblob(8))), "Country", '[]', "NotOfficial" FROM "Officials" WHERE "Id" = $1 RETURNING "Id"
            """, id, name);
        var trips = sql.Query("""SELECT r."VisitId", r."ArticleId" FROM "VisitReports" AS r JOIN "Visits" AS v ON v."Id" = r."VisitId" WHERE v."TravelerId" = $1""",
                r => (Visit: r.GetInt32(0), Article: r.GetInt32(1)), id)
            .GroupBy(r => r.Visit).Where(g => g.All(r => articles.Contains(r.Article))).Select(g => g.Key).ToList();
        var meetings = new HashSet<int>();
        foreach (var article in articles)
        {
            foreach (var (table, column) in (ReadOnlySpan<(string, string)>)[("OfficialTitles", "OfficialId"), ("Quotes", "OfficialId"), ("IssueMentions", "RaisedById")])
            {
                sql.Execute($"""
                    UPDATE "{table}" SET "{column}" = $2 WHERE "{column}" = $1 AND "ExcerptId" IN (SELECT "Id" FROM "Excerpts" WHERE "ArticleId" = $3)
                    """, id, split, article);
            }

            var reports = sql.Query("""
                SELECT p."MeetingReportId", r."MeetingId" FROM "MeetingReportParticipants" AS p JOIN "MeetingReports" AS r ON r."Id" = p."MeetingReportId"
                JOIN "Excerpts" AS e ON e."Id" = r."ExcerptId" WHERE p."ParticipantsId" = $1 AND e."ArticleId" = $2
                """, r => (Report: r.GetInt32(0), Meeting: r.GetInt32(1)), id, article);
            foreach (var (report, meeting) in reports)
            {
                sql.Execute("""UPDATE "MeetingReportParticipants" SET "ParticipantsId" = $2 WHERE "MeetingReportId" = $3 AND "ParticipantsId" = $1""", id, split, report);
                meetings.Add(meeting);
            }
        }

        foreach (var trip in trips)
        {
            sql.Execute("""UPDATE "Visits" SET "TravelerId" = $2 WHERE "Id" = $1""", trip, split);
        }

        Consolidation.Refresh(sql, [], meetings, participantsKnown: false);
        return split;
    }
}

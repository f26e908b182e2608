using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Store;
using MeetingReportParticipants = DiplomacyTracker.Domain.JoinTables.MeetingReportParticipants;

namespace DiplomacyTracker.Ingestion.Corrections;

/// <summary>
/// The rows a split moves: what some articles report of a visit, meeting or official goes to a new record of the
/// same kind, which is then recomputed from its reports like any other (see <see cref="Consolidation"/>).
/// </summary>
internal static class FactSplit
{
    /// <summary>A new trip with those articles' reports, the meetings only they report, and their issues and quotes.</summary>
    public static int SplitVisit(StoreSql sql, int id, IReadOnlyList<int> articles)
    {
        var split = sql.Insert(static s => $"""
            INSERT INTO {s.T<Visit>()} ({s.Columns<Visit>(nameof(Visit.TravelerId), nameof(Visit.HostCountry), nameof(Visit.Cities), nameof(Visit.Start), nameof(Visit.End))})
            SELECT {s.Columns<Visit>(nameof(Visit.TravelerId), nameof(Visit.HostCountry), nameof(Visit.Cities), nameof(Visit.Start), nameof(Visit.End))}
            FROM {s.T<Visit>()} WHERE {s.C<Visit>(nameof(Visit.Id))} = @Id RETURNING {s.C<Visit>(nameof(Visit.Id))}
            """, (nameof(Visit.Id), id));
        var meetings = sql.Query(static s => $"""
                SELECT r.{s.C<MeetingReport>(nameof(MeetingReport.MeetingId))}, e.{s.C<Excerpt>(nameof(Excerpt.ArticleId))}
                FROM {s.T<MeetingReport>()} AS r JOIN {s.T<Excerpt>()} AS e ON e.{s.C<Excerpt>(nameof(Excerpt.Id))} = r.{s.C<MeetingReport>(nameof(MeetingReport.ExcerptId))}
                JOIN {s.T<Meeting>()} AS m ON m.{s.C<Meeting>(nameof(Meeting.Id))} = r.{s.C<MeetingReport>(nameof(MeetingReport.MeetingId))}
                WHERE m.{s.C<Meeting>(nameof(Meeting.VisitId))} = @VisitId
                """, r => (Meeting: r.GetInt32(0), Article: r.GetInt32(1)), (nameof(Meeting.VisitId), id))
            .GroupBy(r => r.Meeting)
            .Where(g => g.All(r => articles.Contains(r.Article)))
            .Select(g => g.Key)
            .ToList();
        foreach (var article in articles)
        {
            sql.Execute(static s => $"""
                UPDATE {s.T<VisitReport>()} SET {s.C<VisitReport>(nameof(VisitReport.VisitId))} = @Split
                WHERE {s.C<VisitReport>(nameof(VisitReport.VisitId))} = @Id AND {s.C<VisitReport>(nameof(VisitReport.ArticleId))} = @ArticleId
                """, ("Id", id), ("Split", split), ("ArticleId", article));
            sql.Execute(static s => MoveByArticle<IssueMention>(s, nameof(IssueMention.VisitId), nameof(IssueMention.ExcerptId)),
                ("Id", id), ("Split", split), ("ArticleId", article));
            sql.Execute(static s => MoveByArticle<Quote>(s, nameof(Quote.VisitId), nameof(Quote.ExcerptId)), ("Id", id), ("Split", split), ("ArticleId", article));
        }

        foreach (var meeting in meetings)
        {
            sql.Execute(static s => $"""
                UPDATE {s.T<Meeting>()} SET {s.C<Meeting>(nameof(Meeting.VisitId))} = @Split WHERE {s.C<Meeting>(nameof(Meeting.Id))} = @Id
                """, ("Id", meeting), ("Split", split));
        }

        // An issue raised at a meeting is on that meeting's trip, wherever the article that said so went.
        sql.Execute(static s => $"""
            UPDATE {s.T<IssueMention>()} SET {s.C<IssueMention>(nameof(IssueMention.VisitId))} = (
                SELECT m.{s.C<Meeting>(nameof(Meeting.VisitId))} FROM {s.T<Meeting>()} AS m
                WHERE m.{s.C<Meeting>(nameof(Meeting.Id))} = {s.T<IssueMention>()}.{s.C<IssueMention>(nameof(IssueMention.MeetingId))})
            WHERE {s.C<IssueMention>(nameof(IssueMention.MeetingId))} IS NOT NULL AND {s.C<IssueMention>(nameof(IssueMention.VisitId))} IN (@Id, @Split)
            """, ("Id", id), ("Split", split));
        Consolidation.Refresh(sql, [id, split], [], participantsKnown: true);
        return split;
    }

    /// <summary>New talks with those articles' reports of these and the issues they raised at them.</summary>
    public static int SplitMeeting(StoreSql sql, int id, IReadOnlyList<int> articles)
    {
        var split = sql.Insert(static s => $"""
            INSERT INTO {s.T<Meeting>()} ({s.Columns<Meeting>(nameof(Meeting.VisitId), nameof(Meeting.Date), nameof(Meeting.City), nameof(Meeting.Venue),
                nameof(Meeting.Status), nameof(Meeting.DurationMinutes), nameof(Meeting.DateFirm))})
            SELECT {s.Columns<Meeting>(nameof(Meeting.VisitId), nameof(Meeting.Date), nameof(Meeting.City), nameof(Meeting.Venue),
                nameof(Meeting.Status), nameof(Meeting.DurationMinutes), nameof(Meeting.DateFirm))}
            FROM {s.T<Meeting>()} WHERE {s.C<Meeting>(nameof(Meeting.Id))} = @Id RETURNING {s.C<Meeting>(nameof(Meeting.Id))}
            """, (nameof(Meeting.Id), id));
        foreach (var article in articles)
        {
            sql.Execute(static s => MoveByArticle<MeetingReport>(s, nameof(MeetingReport.MeetingId), nameof(MeetingReport.ExcerptId)),
                ("Id", id), ("Split", split), ("ArticleId", article));
            sql.Execute(static s => MoveByArticle<IssueMention>(s, nameof(IssueMention.MeetingId), nameof(IssueMention.ExcerptId)),
                ("Id", id), ("Split", split), ("ArticleId", article));
        }

        Consolidation.Refresh(sql, [], [id, split], participantsKnown: false);
        return split;
    }

    /// <summary>
    /// A new official named <paramref name="name"/> for what those articles say of the person: their titles, quotes,
    /// issues raised, places at meetings, and the trips only they report. Their key is the split's own, so only the
    /// editors' rule (the moved articles' readings of the person) leads to them.
    /// </summary>
    public static int SplitOfficial(StoreSql sql, int id, IReadOnlyList<int> articles, string name)
    {
        var split = sql.Insert(static s => $"""
            INSERT INTO {s.T<Official>()} ({s.Columns<Official>(nameof(Official.Name), nameof(Official.NameKey), nameof(Official.Country), nameof(Official.Aliases), nameof(Official.NotOfficial))})
            SELECT @Name, {s.C<Official>(nameof(Official.NameKey))} || @Suffix, {s.C<Official>(nameof(Official.Country))}, @Aliases,
                {s.C<Official>(nameof(Official.NotOfficial))}
            FROM {s.T<Official>()} WHERE {s.C<Official>(nameof(Official.Id))} = @Id RETURNING {s.C<Official>(nameof(Official.Id))}
            """, ("Id", id), ("Name", name), ("Suffix", "#split-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8))),
            (nameof(Official.Aliases), new List<string>()));
        var trips = sql.Query(static s => $"""
                SELECT r.{s.C<VisitReport>(nameof(VisitReport.VisitId))}, r.{s.C<VisitReport>(nameof(VisitReport.ArticleId))}
                FROM {s.T<VisitReport>()} AS r JOIN {s.T<Visit>()} AS v ON v.{s.C<Visit>(nameof(Visit.Id))} = r.{s.C<VisitReport>(nameof(VisitReport.VisitId))}
                WHERE v.{s.C<Visit>(nameof(Visit.TravelerId))} = @Id
                """, r => (Visit: r.GetInt32(0), Article: r.GetInt32(1)), ("Id", id))
            .GroupBy(r => r.Visit).Where(g => g.All(r => articles.Contains(r.Article))).Select(g => g.Key).ToList();
        var meetings = new HashSet<int>();
        foreach (var article in articles)
        {
            sql.Execute(static s => MoveByArticle<OfficialTitle>(s, nameof(OfficialTitle.OfficialId), nameof(OfficialTitle.ExcerptId)),
                ("Id", id), ("Split", split), ("ArticleId", article));
            sql.Execute(static s => MoveByArticle<Quote>(s, nameof(Quote.OfficialId), nameof(Quote.ExcerptId)), ("Id", id), ("Split", split), ("ArticleId", article));
            sql.Execute(static s => MoveByArticle<IssueMention>(s, nameof(IssueMention.RaisedById), nameof(IssueMention.ExcerptId)),
                ("Id", id), ("Split", split), ("ArticleId", article));
            var reports = sql.Query(static s => $"""
                SELECT p.{s.C(MeetingReportParticipants.Entity, MeetingReportParticipants.MeetingReportId)}, r.{s.C<MeetingReport>(nameof(MeetingReport.MeetingId))}
                FROM {s.T(MeetingReportParticipants.Entity)} AS p
                JOIN {s.T<MeetingReport>()} AS r ON r.{s.C<MeetingReport>(nameof(MeetingReport.Id))} = p.{s.C(MeetingReportParticipants.Entity, MeetingReportParticipants.MeetingReportId)}
                JOIN {s.T<Excerpt>()} AS e ON e.{s.C<Excerpt>(nameof(Excerpt.Id))} = r.{s.C<MeetingReport>(nameof(MeetingReport.ExcerptId))}
                WHERE p.{s.C(MeetingReportParticipants.Entity, MeetingReportParticipants.OfficialId)} = @Id AND e.{s.C<Excerpt>(nameof(Excerpt.ArticleId))} = @ArticleId
                """, r => (Report: r.GetInt32(0), Meeting: r.GetInt32(1)), ("Id", id), ("ArticleId", article));
            foreach (var (report, meeting) in reports)
            {
                sql.Execute(static s => $"""
                    UPDATE {s.T(MeetingReportParticipants.Entity)} SET {s.C(MeetingReportParticipants.Entity, MeetingReportParticipants.OfficialId)} = @Split
                    WHERE {s.C(MeetingReportParticipants.Entity, MeetingReportParticipants.MeetingReportId)} = @ReportId
                    AND {s.C(MeetingReportParticipants.Entity, MeetingReportParticipants.OfficialId)} = @Id
                    """, ("Id", id), ("Split", split), ("ReportId", report));
                meetings.Add(meeting);
            }
        }

        foreach (var trip in trips)
        {
            sql.Execute(static s => $"""
                UPDATE {s.T<Visit>()} SET {s.C<Visit>(nameof(Visit.TravelerId))} = @Split WHERE {s.C<Visit>(nameof(Visit.Id))} = @Id
                """, ("Id", trip), ("Split", split));
        }

        Consolidation.Refresh(sql, [], meetings, participantsKnown: false);
        return split;
    }

    /// <summary>Moves the rows of <typeparamref name="TRow"/> that cite a sentence of article @ArticleId from @Id to @Split.</summary>
    private static string MoveByArticle<TRow>(StoreSchema s, string owner, string excerpt) => $"""
        UPDATE {s.T<TRow>()} SET {s.C<TRow>(owner)} = @Split
        WHERE {s.C<TRow>(owner)} = @Id
        AND {s.C<TRow>(excerpt)} IN (SELECT {s.C<Excerpt>(nameof(Excerpt.Id))} FROM {s.T<Excerpt>()} WHERE {s.C<Excerpt>(nameof(Excerpt.ArticleId))} = @ArticleId)
        """;
}

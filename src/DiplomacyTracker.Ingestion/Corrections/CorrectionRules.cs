using System.Text.Json;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Store;
using MeetingParticipants = DiplomacyTracker.Domain.JoinTables.MeetingParticipants;
using VisitReportExcerpts = DiplomacyTracker.Domain.JoinTables.VisitReportExcerpts;

namespace DiplomacyTracker.Ingestion.Corrections;

/// <summary>
/// The active corrections, read once per writer, as the rules the writer merges new facts under: a trip or talks an
/// editor corrected, merged away or deleted are recognised by what they were (traveller and host and dates; visit,
/// day and people; an official's name key), so a re-extraction or a new version of the source joins the corrected
/// fact, its survivor, or nothing; and every fact a write touched gets the editors' field values and issues again.
/// </summary>
internal sealed class CorrectionRules
{
    private readonly List<Rule> _rules;

    private CorrectionRules(List<Rule> rules) => _rules = rules;

    public static CorrectionRules None { get; } = new([]);

    public bool IsEmpty => _rules.Count == 0;

    public static CorrectionRules Load(StoreSql sql) => new(sql.Query(static s => $"""
            SELECT {s.Columns<Correction>(nameof(Correction.Id), nameof(Correction.Kind), nameof(Correction.Action), nameof(Correction.TargetId),
                nameof(Correction.OtherId), nameof(Correction.Before), nameof(Correction.After))}
            FROM {s.T<Correction>()} WHERE {s.C<Correction>(nameof(Correction.UndoneAt))} IS NULL ORDER BY {s.C<Correction>(nameof(Correction.Id))}
            """,
        r => new Rule(r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetInt32(3), StoreSql.IntOf(r, 4), Fields(r.GetString(5)), Fields(r.GetString(6)))));

    /// <summary>The corrected trip this reading of a trip is (or null for one an editor deleted); <c>Found: false</c> when no rule speaks of it.</summary>
    public (bool Found, int? VisitId) TripFor(StoreSql sql, int articleId, int travelerId, string host, DateOnly? start, DateOnly? end)
    {
        foreach (var rule in _rules.Where(r => r.Kind == FactKind.Visit && r.Action != CorrectionAction.Issues).Reverse())
        {
            var was = rule.Before;
            if (was.GetValueOrDefault("travelerId") != travelerId.ToString(System.Globalization.CultureInfo.InvariantCulture)
                || !string.Equals(was.GetValueOrDefault("hostCountry"), host, StringComparison.OrdinalIgnoreCase)
                || !Overlaps(CorrectionFields.Day(was.GetValueOrDefault("start")), CorrectionFields.Day(was.GetValueOrDefault("end")), start, end))
            {
                continue;
            }

            if (rule.Action == CorrectionAction.Delete)
            {
                return (true, null);
            }

            if (sql.FirstId(static s => $"""
                SELECT {s.C<Visit>(nameof(Visit.Id))} FROM {s.T<Visit>()} WHERE {s.C<Visit>(nameof(Visit.Id))} = @Id
                """, (nameof(Visit.Id), rule.SideOf(articleId))) is int id)
            {
                return (true, id);
            }
        }

        return (false, null);
    }

    /// <summary>The corrected talks this reading of talks is (or null for talks an editor deleted).</summary>
    public (bool Found, int? MeetingId) MeetingFor(StoreSql sql, int articleId, int? visitId, DateOnly? date, IReadOnlySet<int> counterparts)
    {
        foreach (var rule in _rules.Where(r => r.Kind == FactKind.Meeting && r.Action != CorrectionAction.Issues).Reverse())
        {
            var was = rule.Before;
            var wasDay = CorrectionFields.Day(was.GetValueOrDefault("date"));
            if (StoreSql.ParseId(was.GetValueOrDefault("visitId")) != visitId
                || (wasDay is not null && date is not null && wasDay != date)
                || !CorrectionFields.List(was.GetValueOrDefault("participants")).Select(StoreSql.ParseId).OfType<int>().Any(counterparts.Contains))
            {
                continue;
            }

            if (rule.Action == CorrectionAction.Delete)
            {
                return (true, null);
            }

            if (sql.FirstId(static s => $"""
                SELECT {s.C<Meeting>(nameof(Meeting.Id))} FROM {s.T<Meeting>()} WHERE {s.C<Meeting>(nameof(Meeting.Id))} = @Id
                """, (nameof(Meeting.Id), rule.SideOf(articleId))) is int id)
            {
                return (true, id);
            }
        }

        return (false, null);
    }

    /// <summary>The official a name key was merged into, if an editor merged it and the survivor is there.</summary>
    public int? OfficialFor(StoreSql sql, string nameKey)
    {
        foreach (var rule in _rules.Where(r => r.Kind == FactKind.Official && r.Action == CorrectionAction.Merge).Reverse())
        {
            if (rule.Before.GetValueOrDefault("nameKey") == nameKey && sql.FirstId(static s => $"""
                SELECT {s.C<Official>(nameof(Official.Id))} FROM {s.T<Official>()} WHERE {s.C<Official>(nameof(Official.Id))} = @Id
                """, (nameof(Official.Id), rule.TargetId)) is int id)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>
    /// The official an article's mention of <paramref name="officialId"/> is: the person split from them when an
    /// editor moved this article's sayings to another official (the newest such split that still stands).
    /// </summary>
    public int OfficialIn(StoreSql sql, int articleId, int officialId)
    {
        var seen = new HashSet<int>();
        while (seen.Add(officialId)
               && _rules.LastOrDefault(r => r.Kind == FactKind.Official && r.Action == CorrectionAction.Split && r.TargetId == officialId
                   && r.Moves(articleId)) is { OtherId: int other }
               && sql.FirstId(static s => $"""
                   SELECT {s.C<Official>(nameof(Official.Id))} FROM {s.T<Official>()} WHERE {s.C<Official>(nameof(Official.Id))} = @Id
                   """, (nameof(Official.Id), other)) is not null)
        {
            officialId = other;
        }

        return officialId;
    }

    /// <summary>Sets again the fields and issues editors gave these facts, over what their sources now say.</summary>
    public void Apply(StoreSql sql, string kind, IEnumerable<int> ids)
    {
        foreach (var id in ids.Distinct())
        {
            var edits = _rules.Where(r => r.Kind == kind && r.TargetId == id).ToList();
            if (edits.Count == 0)
            {
                continue;
            }

            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var edit in edits.Where(r => r.Action == CorrectionAction.Edit))
            {
                foreach (var (field, value) in edit.After)
                {
                    fields[field] = value;
                }
            }

            SetFields(sql, kind, id, fields);
            foreach (var issues in edits.Where(r => r.Action == CorrectionAction.Issues))
            {
                SetIssues(sql, kind, id, CorrectionFields.List(issues.After.GetValueOrDefault("add")), CorrectionFields.List(issues.After.GetValueOrDefault("remove")));
            }
        }
    }

    public static void SetFields(StoreSql sql, string kind, int id, IReadOnlyDictionary<string, string?> fields)
    {
        foreach (var (field, value) in fields)
        {
            switch (kind, field)
            {
                case (FactKind.Visit, "travelerId"):
                    if (StoreSql.ParseId(value) is int traveler)
                    {
                        sql.Execute(static s => $"""
                            {SetOne<Visit>(s, nameof(Visit.TravelerId))}
                            AND EXISTS (SELECT 1 FROM {s.T<Official>()} WHERE {s.C<Official>(nameof(Official.Id))} = @TravelerId)
                            """, (nameof(Visit.Id), id), (nameof(Visit.TravelerId), traveler));
                    }
                    break;
                case (FactKind.Visit, "hostCountry"):
                    sql.Execute(static s => SetOne<Visit>(s, nameof(Visit.HostCountry)), (nameof(Visit.Id), id), (nameof(Visit.HostCountry), value));
                    break;
                case (FactKind.Visit, "cities"):
                    sql.Execute(static s => SetOne<Visit>(s, nameof(Visit.Cities)), (nameof(Visit.Id), id), (nameof(Visit.Cities), CorrectionFields.List(value).ToList()));
                    break;
                case (FactKind.Visit, "start"):
                    sql.Execute(static s => SetOne<Visit>(s, nameof(Visit.Start)), (nameof(Visit.Id), id), (nameof(Visit.Start), CorrectionFields.Day(value)));
                    break;
                case (FactKind.Visit, "end"):
                    sql.Execute(static s => SetOne<Visit>(s, nameof(Visit.End)), (nameof(Visit.Id), id), (nameof(Visit.End), CorrectionFields.Day(value)));
                    break;
                case (FactKind.Meeting, "date"):
                    sql.Execute(static s => SetOne<Meeting>(s, nameof(Meeting.Date)), (nameof(Meeting.Id), id), (nameof(Meeting.Date), CorrectionFields.Day(value)));
                    break;
                case (FactKind.Meeting, "city"):
                    sql.Execute(static s => SetOne<Meeting>(s, nameof(Meeting.City)), (nameof(Meeting.Id), id), (nameof(Meeting.City), value));
                    break;
                case (FactKind.Meeting, "venue"):
                    sql.Execute(static s => SetOne<Meeting>(s, nameof(Meeting.Venue)), (nameof(Meeting.Id), id), (nameof(Meeting.Venue), value));
                    break;
                case (FactKind.Meeting, "status"):
                    sql.Execute(static s => SetOne<Meeting>(s, nameof(Meeting.Status)), (nameof(Meeting.Id), id), (nameof(Meeting.Status), value == "held" ? MeetingStatus.Held : MeetingStatus.Planned));
                    break;
                case (FactKind.Meeting, "participants"):
                    sql.Execute(static s => $"""
                        DELETE FROM {s.T(MeetingParticipants.Entity)} WHERE {s.C(MeetingParticipants.Entity, MeetingParticipants.MeetingId)} = @MeetingId
                        """, ("MeetingId", id));
                    foreach (var official in CorrectionFields.List(value).Select(StoreSql.ParseId).OfType<int>())
                    {
                        sql.Execute(static s => $"""
                            INSERT INTO {s.T(MeetingParticipants.Entity)}
                                ({s.C(MeetingParticipants.Entity, MeetingParticipants.MeetingId)}, {s.C(MeetingParticipants.Entity, MeetingParticipants.OfficialId)})
                            SELECT @MeetingId, {s.C<Official>(nameof(Official.Id))} FROM {s.T<Official>()} WHERE {s.C<Official>(nameof(Official.Id))} = @OfficialId
                            ON CONFLICT DO NOTHING
                            """, ("MeetingId", id), ("OfficialId", official));
                    }
                    break;
                case (FactKind.Official, "name"):
                    sql.Execute(static s => SetOne<Official>(s, nameof(Official.Name)), (nameof(Official.Id), id), (nameof(Official.Name), value));
                    break;
                case (FactKind.Official, "country"):
                    sql.Execute(static s => SetOne<Official>(s, nameof(Official.Country)), (nameof(Official.Id), id), (nameof(Official.Country), value));
                    break;
                case (FactKind.Official, "titles"):
                    SetTitles(sql, id, CorrectionFields.Titles(value));
                    break;
                case (FactKind.Official, "notOfficial"):
                    sql.Execute(static s => SetOne<Official>(s, nameof(Official.NotOfficial)), (nameof(Official.Id), id), (nameof(Official.NotOfficial), value == "true"));
                    break;
            }
        }

        RefreshIssueDays(sql, kind, id);
    }

    /// <summary>
    /// The official's titles become the editor's list: a title not on it is removed (whichever article said it), one
    /// missing is added with no date and no sentence (the editor, not an article, says it).
    /// </summary>
    private static void SetTitles(StoreSql sql, int id, IReadOnlyList<string> titles)
    {
        var wanted = titles.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var held = sql.Query(static s => $"""
            SELECT DISTINCT {s.C<OfficialTitle>(nameof(OfficialTitle.Title))} FROM {s.T<OfficialTitle>()} WHERE {s.C<OfficialTitle>(nameof(OfficialTitle.OfficialId))} = @OfficialId
            """, r => r.GetString(0), (nameof(OfficialTitle.OfficialId), id));
        foreach (var title in held.Where(t => !wanted.Contains(t)))
        {
            sql.Execute(static s => $"""
                DELETE FROM {s.T<OfficialTitle>()}
                WHERE {s.C<OfficialTitle>(nameof(OfficialTitle.OfficialId))} = @OfficialId AND {s.C<OfficialTitle>(nameof(OfficialTitle.Title))} = @Title
                """, (nameof(OfficialTitle.OfficialId), id), (nameof(OfficialTitle.Title), title));
        }

        foreach (var title in titles.Where(t => !held.Contains(t, StringComparer.OrdinalIgnoreCase)))
        {
            sql.Execute(static s => $"""
                INSERT INTO {s.T<OfficialTitle>()} ({s.Columns<OfficialTitle>(nameof(OfficialTitle.OfficialId), nameof(OfficialTitle.Title))})
                VALUES ({StoreSchema.Parameters(nameof(OfficialTitle.OfficialId), nameof(OfficialTitle.Title))})
                """, (nameof(OfficialTitle.OfficialId), id), (nameof(OfficialTitle.Title), title));
        }
    }

    /// <summary>
    /// Removes the issues' mentions from the fact; adds a mention of each issue to add that it lacks, cited to the
    /// first sentence that reports the fact (an issue needs a sentence to stand on).
    /// </summary>
    public static void SetIssues(StoreSql sql, string kind, int id, IReadOnlyList<string> add, IReadOnlyList<string> remove)
    {
        foreach (var slug in remove)
        {
            if (kind == FactKind.Visit)
            {
                sql.Execute(static s => RemoveMention(s, nameof(IssueMention.VisitId)), ("Fact", id), (nameof(Issue.Slug), slug));
            }
            else
            {
                sql.Execute(static s => RemoveMention(s, nameof(IssueMention.MeetingId)), ("Fact", id), (nameof(Issue.Slug), slug));
            }
        }

        foreach (var slug in add)
        {
            var excerpt = kind == FactKind.Visit
                ? sql.FirstId(static s => $"""
                    SELECT e.{s.C(VisitReportExcerpts.Entity, VisitReportExcerpts.ExcerptId)} FROM {s.T(VisitReportExcerpts.Entity)} AS e
                    JOIN {s.T<VisitReport>()} AS r ON r.{s.C<VisitReport>(nameof(VisitReport.Id))} = e.{s.C(VisitReportExcerpts.Entity, VisitReportExcerpts.VisitReportId)}
                    WHERE r.{s.C<VisitReport>(nameof(VisitReport.VisitId))} = @VisitId ORDER BY e.{s.C(VisitReportExcerpts.Entity, VisitReportExcerpts.ExcerptId)} LIMIT 1
                    """, (nameof(VisitReport.VisitId), id))
                : sql.FirstId(static s => $"""
                    SELECT {s.C<MeetingReport>(nameof(MeetingReport.ExcerptId))} FROM {s.T<MeetingReport>()}
                    WHERE {s.C<MeetingReport>(nameof(MeetingReport.MeetingId))} = @MeetingId ORDER BY {s.C<MeetingReport>(nameof(MeetingReport.Id))} LIMIT 1
                    """, (nameof(MeetingReport.MeetingId), id));
            if (excerpt is null)
            {
                continue;
            }

            var visit = kind == FactKind.Visit ? id : sql.FirstId(static s => $"""
                SELECT {s.C<Meeting>(nameof(Meeting.VisitId))} FROM {s.T<Meeting>()} WHERE {s.C<Meeting>(nameof(Meeting.Id))} = @Id
                """, (nameof(Meeting.Id), id));
            (string, object?)[] values =
            [
                ("Fact", id), (nameof(IssueMention.ExcerptId), excerpt), (nameof(IssueMention.VisitId), visit),
                (nameof(IssueMention.MeetingId), kind == FactKind.Meeting ? id : null), (nameof(Issue.Slug), slug),
            ];
            if (kind == FactKind.Visit)
            {
                sql.Execute(static s => AddMention(s, nameof(IssueMention.VisitId)), values);
            }
            else
            {
                sql.Execute(static s => AddMention(s, nameof(IssueMention.MeetingId)), values);
            }
        }

        RefreshIssueDays(sql, kind, id);
    }

    private static void RefreshIssueDays(StoreSql sql, string kind, int id)
    {
        if (kind is FactKind.Visit or FactKind.Meeting)
        {
            IssueDays.RefreshFacts(sql, kind == FactKind.Meeting ? [id] : [], kind == FactKind.Visit ? [id] : []);
        }
    }

    private static string SetOne<TEntity>(StoreSchema s, string property) =>
        $"""UPDATE {s.T<TEntity>()} SET {s.Assignments<TEntity>(property)} WHERE {s.C<TEntity>("Id")} = @Id""";

    /// <summary>Deletes the mentions of issue <c>@Slug</c> by the fact <c>@Fact</c>, which this column of a mention names.</summary>
    private static string RemoveMention(StoreSchema s, string factColumn) => $"""
        DELETE FROM {s.T<IssueMention>()} WHERE {s.C<IssueMention>(factColumn)} = @Fact
            AND {s.C<IssueMention>(nameof(IssueMention.IssueId))} = (SELECT {s.C<Issue>(nameof(Issue.Id))} FROM {s.T<Issue>()} WHERE {s.C<Issue>(nameof(Issue.Slug))} = @Slug)
        """;

    /// <summary>Adds a mention of issue <c>@Slug</c> to the fact <c>@Fact</c> (named by this column of a mention) unless it has one.</summary>
    private static string AddMention(StoreSchema s, string factColumn) => $"""
        INSERT INTO {s.T<IssueMention>()} ({s.Columns<IssueMention>(nameof(IssueMention.IssueId), nameof(IssueMention.ExcerptId), nameof(IssueMention.VisitId),
            nameof(IssueMention.MeetingId))})
        SELECT i.{s.C<Issue>(nameof(Issue.Id))}, @ExcerptId, @VisitId, @MeetingId FROM {s.T<Issue>()} AS i WHERE i.{s.C<Issue>(nameof(Issue.Slug))} = @Slug
        AND NOT EXISTS (SELECT 1 FROM {s.T<IssueMention>()} AS m
            WHERE m.{s.C<IssueMention>(factColumn)} = @Fact AND m.{s.C<IssueMention>(nameof(IssueMention.IssueId))} = i.{s.C<Issue>(nameof(Issue.Id))})
        """;

    private static bool Overlaps(DateOnly? a0, DateOnly? a1, DateOnly? b0, DateOnly? b1)
    {
        if ((a0 ?? a1) is not { } aStart || (b0 ?? b1) is not { } bStart)
        {
            return true;
        }

        var (aEnd, bEnd) = (a1 ?? aStart, b1 ?? bStart);
        return aStart.AddDays(-2) <= bEnd && bStart.AddDays(-2) <= aEnd;
    }

    private static Dictionary<string, string?> Fields(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [];

    private sealed record Rule(int Id, string Kind, string Action, int TargetId, int? OtherId, Dictionary<string, string?> Before,
        Dictionary<string, string?> After)
    {
        /// <summary>Whether this is a split that moved the article's reports to the new record.</summary>
        public bool Moves(int articleId) =>
            Action == CorrectionAction.Split && CorrectionFields.List(After.GetValueOrDefault("articles")).Select(StoreSql.ParseId).Contains(articleId);

        /// <summary>The record an article's reading of this fact joins: the split-off one for the articles a split moved, else the target.</summary>
        public int SideOf(int articleId) => Moves(articleId) && OtherId is int other ? other : TargetId;
    }
}

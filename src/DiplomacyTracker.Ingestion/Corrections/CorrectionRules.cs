using System.Text.Json;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Store;

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

    public static CorrectionRules Load(StoreSql sql) => new(sql.Query("""
            SELECT "Id", "Kind", "Action", "TargetId", "OtherId", "Before", "After" FROM "Corrections" WHERE "UndoneAt" IS NULL ORDER BY "Id"
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

            if (sql.FirstId("""SELECT "Id" FROM "Visits" WHERE "Id" = $1""", rule.SideOf(articleId)) is int id)
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

            if (sql.FirstId("""SELECT "Id" FROM "Meetings" WHERE "Id" = $1""", rule.SideOf(articleId)) is int id)
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
            if (rule.Before.GetValueOrDefault("nameKey") == nameKey && sql.FirstId("""SELECT "Id" FROM "Officials" WHERE "Id" = $1""", rule.TargetId) is int id)
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
               && sql.FirstId("""SELECT "Id" FROM "Officials" WHERE "Id" = $1""", other) is not null)
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
                        sql.Execute("""UPDATE "Visits" SET "TravelerId" = $2 WHERE "Id" = $1 AND EXISTS (SELECT 1 FROM "Officials" WHERE "Id" = $2)""", id, traveler);
                    }
                    break;
                case (FactKind.Visit, "hostCountry"):
                    sql.Execute("""UPDATE "Visits" SET "HostCountry" = $2 WHERE "Id" = $1""", id, value);
                    break;
                case (FactKind.Visit, "cities"):
                    sql.Execute("""UPDATE "Visits" SET "Cities" = $2 WHERE "Id" = $1""", id, StoreSql.Json(CorrectionFields.List(value)));
                    break;
                case (FactKind.Visit, "start"):
                    sql.Execute("""UPDATE "Visits" SET "Start" = $2 WHERE "Id" = $1""", id, CorrectionFields.Day(value));
                    break;
                case (FactKind.Visit, "end"):
                    sql.Execute("""UPDATE "Visits" SET "End" = $2 WHERE "Id" = $1""", id, CorrectionFields.Day(value));
                    break;
                case (FactKind.Meeting, "date"):
                    sql.Execute("""UPDATE "Meetings" SET "Date" = $2 WHERE "Id" = $1""", id, CorrectionFields.Day(value));
                    break;
                case (FactKind.Meeting, "city"):
                    sql.Execute("""UPDATE "Meetings" SET "City" = $2 WHERE "Id" = $1""", id, value);
                    break;
                case (FactKind.Meeting, "venue"):
                    sql.Execute("""UPDATE "Meetings" SET "Venue" = $2 WHERE "Id" = $1""", id, value);
                    break;
                case (FactKind.Meeting, "status"):
                    sql.Execute("""UPDATE "Meetings" SET "Status" = $2 WHERE "Id" = $1""", id, value == "held" ? MeetingStatus.Held : MeetingStatus.Planned);
                    break;
                case (FactKind.Meeting, "participants"):
                    sql.Execute("""DELETE FROM "MeetingParticipants" WHERE "MeetingId" = $1""", id);
                    foreach (var official in CorrectionFields.List(value).Select(StoreSql.ParseId).OfType<int>())
                    {
                        sql.Execute("""
                            INSERT OR IGNORE INTO "MeetingParticipants" ("MeetingId", "ParticipantsId") SELECT $1, "Id" FROM "Officials" WHERE "Id" = $2
                            """, id, official);
                    }
                    break;
                case (FactKind.Official, "name"):
                    sql.Execute("""UPDATE "Officials" SET "Name" = $2 WHERE "Id" = $1""", id, value);
                    break;
                case (FactKind.Official, "country"):
                    sql.Execute("""UPDATE "Officials" SET "Country" = $2 WHERE "Id" = $1""", id, value);
                    break;
                case (FactKind.Official, "titles"):
                    SetTitles(sql, id, CorrectionFields.Titles(value));
                    break;
                case (FactKind.Official, "notOfficial"):
                    sql.Execute("""UPDATE "Officials" SET "NotOfficial" = $2 WHERE "Id" = $1""", id, value == "true");
                    break;
            }
        }
    }

    /// <summary>
    /// The official's titles become the editor's list: a title not on it is removed (whichever article said it), one
    /// missing is added with no date and no sentence (the editor, not an article, says it).
    /// </summary>
    private static void SetTitles(StoreSql sql, int id, IReadOnlyList<string> titles)
    {
        var wanted = titles.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var held = sql.Query("""SELECT DISTINCT "Title" FROM "OfficialTitles" WHERE "OfficialId" = $1""", r => r.GetString(0), id);
        foreach (var title in held.Where(t => !wanted.Contains(t)))
        {
            sql.Execute("""DELETE FROM "OfficialTitles" WHERE "OfficialId" = $1 AND "Title" = $2""", id, title);
        }

        foreach (var title in titles.Where(t => !held.Contains(t, StringComparer.OrdinalIgnoreCase)))
        {
            sql.Execute("""INSERT INTO "OfficialTitles" ("OfficialId", "Title", "AsOf", "ExcerptId") VALUES ($1, $2, NULL, NULL)""", id, title);
        }
    }

    /// <summary>
    /// Removes the issues' mentions from the fact; adds a mention of each issue to add that it lacks, cited to the
    /// first sentence that reports the fact (an issue needs a sentence to stand on).
    /// </summary>
    public static void SetIssues(StoreSql sql, string kind, int id, IReadOnlyList<string> add, IReadOnlyList<string> remove)
    {
        var column = kind == FactKind.Visit ? "VisitId" : "MeetingId";
        foreach (var slug in remove)
        {
            sql.Execute($"""DELETE FROM "IssueMentions" WHERE "{column}" = $1 AND "IssueId" = (SELECT "Id" FROM "Issues" WHERE "Slug" = $2)""", id, slug);
        }

        foreach (var slug in add)
        {
            var excerpt = kind == FactKind.Visit
                ? sql.FirstId("""
                    SELECT e."ExcerptsId" FROM "VisitReportExcerpts" AS e JOIN "VisitReports" AS r ON r."Id" = e."VisitReportId" WHERE r."VisitId" = $1 ORDER BY e."ExcerptsId" LIMIT 1
                    """, id)
                : sql.FirstId("""SELECT "ExcerptId" FROM "MeetingReports" WHERE "MeetingId" = $1 ORDER BY "Id" LIMIT 1""", id);
            if (excerpt is null)
            {
                continue;
            }

            var visit = kind == FactKind.Visit ? id : sql.FirstId("""SELECT "VisitId" FROM "Meetings" WHERE "Id" = $1""", id);
            sql.Execute($"""
                INSERT INTO "IssueMentions" ("IssueId", "ExcerptId", "VisitId", "MeetingId")
                SELECT i."Id", $2, $3, $4 FROM "Issues" AS i WHERE i."Slug" = $5
                AND NOT EXISTS (SELECT 1 FROM "IssueMentions" AS m WHERE m."{column}" = $1 AND m."IssueId" = i."Id")
                """, id, excerpt, visit, kind == FactKind.Meeting ? id : null, slug);
        }
    }

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

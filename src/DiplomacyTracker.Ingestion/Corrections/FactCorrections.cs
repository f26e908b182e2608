using System.Globalization;
using System.Text.Json;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Store;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Ingestion.Corrections;

/// <summary>Who makes a correction, why, and through what (the pages or the API).</summary>
public sealed record CorrectionAuthor(string Editor, string? Reason = null, string Via = "page");

/// <summary>
/// Editors' corrections of visits, meetings and officials: each one stored as a <see cref="Correction"/> (the fact's
/// fields before, what was set, who, when, why) and applied in the same transaction. The writer applies the active
/// ones again after every ingest and re-extraction (<see cref="CorrectionRules"/>). Used by the pages and the API alike.
/// </summary>
public sealed class FactCorrections(IDbContextFactory<TrackerDbContext> dbFactory, TimeProvider clock)
{
    private const int MaxReasonLength = 500;

    /// <summary>Sets fields (<see cref="CorrectionFields"/>); only the ones that differ are recorded.</summary>
    public Task<Correction> EditAsync(string kind, int id, IReadOnlyDictionary<string, string?> fields, CorrectionAuthor author,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return InTransactionAsync(sql =>
        {
            var before = Snapshot(sql, kind, id);
            var changed = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var (field, value) in fields)
            {
                var normal = CorrectionFields.Normalise(kind, field, value);
                if (!CorrectionFields.Same(field, normal, before.GetValueOrDefault(field)))
                {
                    changed[field] = normal;
                }
            }

            if (changed.Count == 0)
            {
                throw new CorrectionException("Nothing to change: the values given are the ones shown.");
            }

            if (changed.TryGetValue("travelerId", out var traveler))
            {
                _ = sql.FirstId("""SELECT "Id" FROM "Officials" WHERE "Id" = $1""", StoreSql.ParseId(traveler)) ?? throw new CorrectionException($"There is no official {traveler}.");
            }

            if (changed.TryGetValue("participants", out var participants))
            {
                foreach (var official in CorrectionFields.List(participants).Select(StoreSql.ParseId))
                {
                    _ = sql.FirstId("""SELECT "Id" FROM "Officials" WHERE "Id" = $1""", official) ?? throw new CorrectionException($"There is no official {official}.");
                }
            }

            var correction = Record(sql, kind, id, CorrectionAction.Edit, null, before, changed, author);
            CorrectionRules.SetFields(sql, kind, id, changed);
            return correction;
        }, cancellationToken);
    }

    /// <summary>Adds and removes issues (by slug) on a visit or a meeting.</summary>
    public Task<Correction> SetIssuesAsync(string kind, int id, IReadOnlyList<string> add, IReadOnlyList<string> remove, CorrectionAuthor author,
        CancellationToken cancellationToken) =>
        InTransactionAsync(sql =>
        {
            if (kind is not (FactKind.Visit or FactKind.Meeting))
            {
                throw new CorrectionException("Issues are corrected on a visit or a meeting.");
            }

            var before = Snapshot(sql, kind, id);
            var (adding, removing) = (add.Select(s => s.Trim().ToLowerInvariant()).Distinct().ToList(), remove.Select(s => s.Trim().ToLowerInvariant()).Distinct().ToList());
            foreach (var slug in adding.Concat(removing))
            {
                _ = sql.FirstId("""SELECT "Id" FROM "Issues" WHERE "Slug" = $1""", slug) ?? throw new CorrectionException($"There is no issue '{slug}'.");
            }

            if (adding.Count + removing.Count == 0)
            {
                throw new CorrectionException("Name an issue to add or remove.");
            }

            var after = new Dictionary<string, string?> { ["add"] = CorrectionFields.Join(adding), ["remove"] = CorrectionFields.Join(removing) };
            var correction = Record(sql, kind, id, CorrectionAction.Issues, null, before, after, author);
            CorrectionRules.SetIssues(sql, kind, id, adding, removing);
            return correction;
        }, cancellationToken);

    /// <summary>Merges <paramref name="absorbed"/> into <paramref name="survivor"/>: its sources become the survivor's, its address redirects there.</summary>
    public Task<Correction> MergeAsync(string kind, int survivor, int absorbed, CorrectionAuthor author, CancellationToken cancellationToken) =>
        InTransactionAsync(sql =>
        {
            if (survivor == absorbed)
            {
                throw new CorrectionException($"A {kind} cannot be merged with itself.");
            }

            _ = Snapshot(sql, kind, survivor);
            var before = Snapshot(sql, kind, absorbed);
            var correction = Record(sql, kind, survivor, CorrectionAction.Merge, absorbed, before,
                new Dictionary<string, string?> { ["mergedInto"] = survivor.ToString(CultureInfo.InvariantCulture) }, author);
            switch (kind)
            {
                case FactKind.Visit:
                    foreach (var table in (string[])["VisitReports", "Meetings", "IssueMentions", "Quotes"])
                    {
                        sql.Execute($"""UPDATE "{table}" SET "VisitId" = $1 WHERE "VisitId" = $2""", survivor, absorbed);
                    }

                    sql.Execute("""DELETE FROM "Visits" WHERE "Id" = $1""", absorbed);
                    Consolidation.Refresh(sql, [survivor], [], participantsKnown: false);
                    break;
                case FactKind.Meeting:
                    sql.Execute("""UPDATE "MeetingReports" SET "MeetingId" = $1 WHERE "MeetingId" = $2""", survivor, absorbed);
                    sql.Execute("""UPDATE "IssueMentions" SET "MeetingId" = $1 WHERE "MeetingId" = $2""", survivor, absorbed);
                    sql.Execute("""DELETE FROM "Meetings" WHERE "Id" = $1""", absorbed);
                    Consolidation.Refresh(sql, [], [survivor], participantsKnown: false);
                    break;
                default:
                    MergeOfficials(sql, survivor, absorbed);
                    break;
            }

            sql.Execute("""INSERT INTO "FactRedirects" ("Kind", "FromId", "ToId", "Merged", "At") VALUES ($1, $2, $3, 1, $4)""",
                kind, absorbed, survivor, correction.At);
            CorrectionRules.Load(sql).Apply(sql, kind, [survivor]);
            return correction;
        }, cancellationToken);

    /// <summary>
    /// Splits one record in two: what <paramref name="articles"/> report of it moves to a new visit, meeting or
    /// official (two trips, two sets of talks or two people were taken for one), with the meetings, issues, quotes and
    /// titles those articles alone give it. Re-extraction keeps them apart: those articles' readings join the new
    /// record, the other articles' this one. A new official needs the <paramref name="name"/> of the other person.
    /// </summary>
    public Task<Correction> SplitAsync(string kind, int id, IReadOnlyList<int> articles, string? name, CorrectionAuthor author,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return InTransactionAsync(sql =>
        {
            var before = Snapshot(sql, kind, id);
            var reporting = CorrectionFields.List(before.GetValueOrDefault("articles")).Select(StoreSql.ParseId).OfType<int>().ToHashSet();
            var moving = articles.Distinct().Order().ToList();
            if (moving.Count == 0)
            {
                throw new CorrectionException($"Name the articles that report the other {kind}.");
            }

            if (moving.FirstOrDefault(a => !reporting.Contains(a)) is var stranger and not 0)
            {
                throw new CorrectionException($"Article {stranger} does not report {kind} {id}.");
            }

            if (moving.Count == reporting.Count)
            {
                throw new CorrectionException($"At least one article must stay with {kind} {id}; to change what it says, correct it instead.");
            }

            var other = kind switch
            {
                FactKind.Visit => FactSplit.Visit(sql, id, moving),
                FactKind.Meeting => FactSplit.Meeting(sql, id, moving),
                _ => FactSplit.Official(sql, id, moving,
                    CorrectionFields.Normalise(FactKind.Official, "name", name ?? throw new CorrectionException("Name the other person."))!),
            };
            var after = new Dictionary<string, string?>
            {
                ["articles"] = string.Join("; ", moving), ["splitInto"] = other.ToString(CultureInfo.InvariantCulture),
            };
            var correction = Record(sql, kind, id, CorrectionAction.Split, other, before, after, author);
            CorrectionRules.Load(sql).Apply(sql, kind, [id]);
            return correction;
        }, cancellationToken);
    }

    /// <summary>Deletes a visit or meeting that is wrong: its address answers 410, and re-extraction does not bring it back.</summary>
    public Task<Correction> DeleteAsync(string kind, int id, CorrectionAuthor author, CancellationToken cancellationToken) =>
        InTransactionAsync(sql =>
        {
            if (kind is not (FactKind.Visit or FactKind.Meeting))
            {
                throw new CorrectionException("Only a visit or a meeting is deleted; an official who is not one is marked 'not an official'.");
            }

            var before = Snapshot(sql, kind, id);
            var correction = Record(sql, kind, id, CorrectionAction.Delete, null, before, [], author);
            sql.Execute(kind == FactKind.Visit ? """DELETE FROM "Visits" WHERE "Id" = $1""" : """DELETE FROM "Meetings" WHERE "Id" = $1""", id);
            sql.Execute("""INSERT INTO "FactRedirects" ("Kind", "FromId", "ToId", "Merged", "At") VALUES ($1, $2, NULL, 0, $3)""", kind, id, correction.At);
            return correction;
        }, cancellationToken);

    /// <summary>
    /// Undoes a correction. A field edit is undone at once (the fact's sources decide again, under the other
    /// corrections); issues, merges, deletions and titles are undone by reading the fact's articles again: their ids are returned.
    /// </summary>
    public Task<IReadOnlyList<int>> UndoAsync(int correctionId, string editor, CancellationToken cancellationToken) =>
        InTransactionAsync<IReadOnlyList<int>>(sql =>
        {
            var row = sql.Query("""SELECT "Kind", "Action", "TargetId", "Before", "After", "UndoneAt" FROM "Corrections" WHERE "Id" = $1""",
                    r => (Kind: r.GetString(0), Action: r.GetString(1), Target: r.GetInt32(2), Before: Fields(r.GetString(3)), After: Fields(r.GetString(4)),
                        Undone: !r.IsDBNull(5)), correctionId)
                .FirstOrDefault();
            if (row.Kind is null)
            {
                throw new CorrectionException($"There is no correction {correctionId}.");
            }

            if (row.Undone)
            {
                throw new CorrectionException($"Correction {correctionId} is undone already.");
            }

            sql.Execute("""UPDATE "Corrections" SET "UndoneAt" = $2, "UndoneBy" = $3 WHERE "Id" = $1""", correctionId, clock.GetUtcNow(), editor);
            if (row.Action != CorrectionAction.Edit)
            {
                return CorrectionFields.List(row.Before.GetValueOrDefault("articles")).Select(StoreSql.ParseId).OfType<int>().ToList();
            }

            IReadOnlyList<int> reread = [];
            if (row.Kind == FactKind.Official)
            {
                CorrectionRules.SetFields(sql, row.Kind, row.Target,
                    row.After.Keys.Where(k => k != "titles").ToDictionary(k => k, k => row.Before.GetValueOrDefault(k)));
                if (row.After.ContainsKey("titles"))
                {
                    // The titles the editor added go; the ones they removed come back, with their sentences, when the
                    // official's articles are read again.
                    sql.Execute("""DELETE FROM "OfficialTitles" WHERE "OfficialId" = $1 AND "ExcerptId" IS NULL""", row.Target);
                    reread = CorrectionFields.List(row.Before.GetValueOrDefault("articles")).Select(StoreSql.ParseId).OfType<int>().ToList();
                }
            }
            else
            {
                Consolidation.Refresh(sql, row.Kind == FactKind.Visit ? [row.Target] : [], row.Kind == FactKind.Meeting ? [row.Target] : [], participantsKnown: false);
                if (row.Kind == FactKind.Visit && row.After.ContainsKey("hostCountry"))
                {
                    sql.Execute("""UPDATE "Visits" SET "HostCountry" = $2 WHERE "Id" = $1""", row.Target, row.Before.GetValueOrDefault("hostCountry"));
                }

                if (row.Kind == FactKind.Visit && row.After.ContainsKey("travelerId"))
                {
                    CorrectionRules.SetFields(sql, row.Kind, row.Target, new Dictionary<string, string?> { ["travelerId"] = row.Before.GetValueOrDefault("travelerId") });
                }
            }

            CorrectionRules.Load(sql).Apply(sql, row.Kind, [row.Target]);
            return reread;
        }, cancellationToken);

    private static void MergeOfficials(StoreSql sql, int survivor, int absorbed)
    {
        sql.Execute("""UPDATE "Visits" SET "TravelerId" = $1 WHERE "TravelerId" = $2""", survivor, absorbed);
        sql.Execute("""UPDATE "OfficialTitles" SET "OfficialId" = $1 WHERE "OfficialId" = $2""", survivor, absorbed);
        sql.Execute("""UPDATE "Quotes" SET "OfficialId" = $1 WHERE "OfficialId" = $2""", survivor, absorbed);
        sql.Execute("""UPDATE "IssueMentions" SET "RaisedById" = $1 WHERE "RaisedById" = $2""", survivor, absorbed);
        sql.Execute("""INSERT OR IGNORE INTO "MeetingParticipants" ("MeetingId", "ParticipantsId") SELECT "MeetingId", $1 FROM "MeetingParticipants" WHERE "ParticipantsId" = $2""",
            survivor, absorbed);
        sql.Execute("""
            INSERT OR IGNORE INTO "MeetingReportParticipants" ("MeetingReportId", "ParticipantsId")
            SELECT "MeetingReportId", $1 FROM "MeetingReportParticipants" WHERE "ParticipantsId" = $2
            """, survivor, absorbed);
        sql.Execute("""INSERT OR IGNORE INTO "OfficialNameTokens" ("Token", "OfficialId") SELECT "Token", $1 FROM "OfficialNameTokens" WHERE "OfficialId" = $2""",
            survivor, absorbed);
        var (name, aliases) = sql.Query("""SELECT "Name", "Aliases" FROM "Officials" WHERE "Id" = $1""", r => (r.GetString(0), StoreSql.ListOf(r, 1)), absorbed).Single();
        var kept = sql.Query("""SELECT "Name", "Aliases" FROM "Officials" WHERE "Id" = $1""", r => (Name: r.GetString(0), Aliases: StoreSql.ListOf(r, 1)), survivor).Single();
        var all = kept.Aliases.Concat(aliases).Append(name).Where(a => a != kept.Name).Distinct(StringComparer.OrdinalIgnoreCase);
        sql.Execute("""UPDATE "Officials" SET "Aliases" = $2 WHERE "Id" = $1""", survivor, StoreSql.Json(all));
        sql.Execute("""DELETE FROM "Officials" WHERE "Id" = $1""", absorbed);
    }

    /// <summary>The fact's fields as the corrections name them, the keys it is recognised by, and the articles that report it.</summary>
    private static Dictionary<string, string?> Snapshot(StoreSql sql, string kind, int id)
    {
        Dictionary<string, string?>? fields = kind switch
        {
            FactKind.Visit => sql.Query("""SELECT "TravelerId", "HostCountry", "Cities", "Start", "End" FROM "Visits" WHERE "Id" = $1""",
                r => new Dictionary<string, string?>
                {
                    ["travelerId"] = Text(r.GetInt32(0)), ["hostCountry"] = r.GetString(1), ["cities"] = CorrectionFields.Join(StoreSql.ListOf(r, 2)),
                    ["start"] = Iso(StoreSql.DateOf(r, 3)), ["end"] = Iso(StoreSql.DateOf(r, 4)),
                }, id).FirstOrDefault(),
            FactKind.Meeting => sql.Query("""SELECT "VisitId", "Date", "City", "Venue", "Status" FROM "Meetings" WHERE "Id" = $1""",
                r => new Dictionary<string, string?>
                {
                    ["visitId"] = StoreSql.IntOf(r, 0) is int v ? Text(v) : null, ["date"] = Iso(StoreSql.DateOf(r, 1)), ["city"] = StoreSql.TextOf(r, 2),
                    ["venue"] = StoreSql.TextOf(r, 3), ["status"] = r.GetInt32(4) == (int)MeetingStatus.Held ? "held" : "planned",
                }, id).FirstOrDefault(),
            FactKind.Official => sql.Query("""SELECT "Name", "NameKey", "Country", "NotOfficial" FROM "Officials" WHERE "Id" = $1""",
                r => new Dictionary<string, string?>
                {
                    ["name"] = r.GetString(0), ["nameKey"] = r.GetString(1), ["country"] = StoreSql.TextOf(r, 2), ["notOfficial"] = r.GetBoolean(3) ? "true" : "false",
                }, id).FirstOrDefault(),
            _ => throw new CorrectionException($"'{kind}' is not a kind of fact (visit, meeting, official)"),
        };
        if (fields is null)
        {
            throw new CorrectionException($"There is no {kind} {id}.");
        }

        if (kind == FactKind.Official)
        {
            fields["titles"] = CorrectionFields.Join(sql.Query("""SELECT "Title" FROM "OfficialTitles" WHERE "OfficialId" = $1 ORDER BY "Id" """, r => r.GetString(0), id)
                .Distinct(StringComparer.OrdinalIgnoreCase));
        }

        if (kind == FactKind.Meeting)
        {
            fields["participants"] = string.Join("; ", sql.Query("""SELECT "ParticipantsId" FROM "MeetingParticipants" WHERE "MeetingId" = $1 ORDER BY "ParticipantsId" """,
                r => r.GetInt32(0), id));
        }

        var articles = kind switch
        {
            FactKind.Visit => sql.Query("""SELECT DISTINCT "ArticleId" FROM "VisitReports" WHERE "VisitId" = $1""", r => r.GetInt32(0), id),
            FactKind.Meeting => sql.Query("""
                SELECT DISTINCT e."ArticleId" FROM "MeetingReports" AS r JOIN "Excerpts" AS e ON e."Id" = r."ExcerptId" WHERE r."MeetingId" = $1
                """, r => r.GetInt32(0), id),
            _ => sql.Query("""
                SELECT e."ArticleId" FROM "OfficialTitles" AS t JOIN "Excerpts" AS e ON e."Id" = t."ExcerptId" WHERE t."OfficialId" = $1
                UNION SELECT r."ArticleId" FROM "VisitReports" AS r JOIN "Visits" AS v ON v."Id" = r."VisitId" WHERE v."TravelerId" = $1
                UNION SELECT e."ArticleId" FROM "MeetingReportParticipants" AS p JOIN "MeetingReports" AS r ON r."Id" = p."MeetingReportId"
                    JOIN "Excerpts" AS e ON e."Id" = r."ExcerptId" WHERE p."ParticipantsId" = $1
                """, r => r.GetInt32(0), id),
        };
        fields["articles"] = string.Join("; ", articles.Order());
        return fields;
    }

    private Correction Record(StoreSql sql, string kind, int id, string action, int? other, Dictionary<string, string?> before,
        Dictionary<string, string?> after, CorrectionAuthor author)
    {
        ArgumentNullException.ThrowIfNull(author);
        if (string.IsNullOrWhiteSpace(author.Editor))
        {
            throw new CorrectionException("A correction needs an editor.");
        }

        var reason = string.IsNullOrWhiteSpace(author.Reason) ? null : author.Reason.Trim();
        if (reason is { Length: > MaxReasonLength })
        {
            throw new CorrectionException($"The reason is longer than {MaxReasonLength} characters.");
        }

        var correction = new Correction
        {
            Kind = kind, TargetId = id, Action = action, OtherId = other, Editor = author.Editor, At = clock.GetUtcNow(), Reason = reason,
            Before = JsonSerializer.Serialize(before), After = JsonSerializer.Serialize(after), Via = author.Via,
        };
        correction.Id = sql.Insert("""
            INSERT INTO "Corrections" ("Kind", "TargetId", "Action", "OtherId", "Editor", "At", "Reason", "Before", "After", "Via")
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING "Id"
            """, correction.Kind, correction.TargetId, correction.Action, correction.OtherId, correction.Editor, correction.At, correction.Reason,
            correction.Before, correction.After, correction.Via);
        return correction;
    }

    private async Task<T> InTransactionAsync<T>(Func<StoreSql, T> work, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        using var sql = new StoreSql(db);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = work(sql);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private static Dictionary<string, string?> Fields(string json) => JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [];

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

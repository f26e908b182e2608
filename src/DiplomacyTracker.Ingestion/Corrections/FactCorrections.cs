using System.Globalization;
using System.Text.Json;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Store;
using Microsoft.EntityFrameworkCore;
using MeetingParticipants = DiplomacyTracker.Domain.JoinTables.MeetingParticipants;
using MeetingReportParticipants = DiplomacyTracker.Domain.JoinTables.MeetingReportParticipants;

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
                _ = sql.FirstId(static s => $"""
                    SELECT {s.C<Official>(nameof(Official.Id))} FROM {s.T<Official>()} WHERE {s.C<Official>(nameof(Official.Id))} = @Id
                    """, (nameof(Official.Id), StoreSql.ParseId(traveler))) ?? throw new CorrectionException($"There is no official {traveler}.");
            }

            if (changed.TryGetValue("participants", out var participants))
            {
                foreach (var official in CorrectionFields.List(participants).Select(StoreSql.ParseId))
                {
                    _ = sql.FirstId(static s => $"""
                        SELECT {s.C<Official>(nameof(Official.Id))} FROM {s.T<Official>()} WHERE {s.C<Official>(nameof(Official.Id))} = @Id
                        """, (nameof(Official.Id), official)) ?? throw new CorrectionException($"There is no official {official}.");
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
                _ = sql.FirstId(static s => $"""
                    SELECT {s.C<Issue>(nameof(Issue.Id))} FROM {s.T<Issue>()} WHERE {s.C<Issue>(nameof(Issue.Slug))} = @Slug
                    """, (nameof(Issue.Slug), slug)) ?? throw new CorrectionException($"There is no issue '{slug}'.");
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
                    sql.Execute(static s => Reassign<VisitReport>(s, nameof(VisitReport.VisitId)), ("Survivor", survivor), ("Absorbed", absorbed));
                    sql.Execute(static s => Reassign<Meeting>(s, nameof(Meeting.VisitId)), ("Survivor", survivor), ("Absorbed", absorbed));
                    sql.Execute(static s => Reassign<IssueMention>(s, nameof(IssueMention.VisitId)), ("Survivor", survivor), ("Absorbed", absorbed));
                    sql.Execute(static s => Reassign<Quote>(s, nameof(Quote.VisitId)), ("Survivor", survivor), ("Absorbed", absorbed));
                    sql.Execute(static s => $"""DELETE FROM {s.T<Visit>()} WHERE {s.C<Visit>(nameof(Visit.Id))} = @Id""", (nameof(Visit.Id), absorbed));
                    Consolidation.Refresh(sql, [survivor], [], participantsKnown: false);
                    break;
                case FactKind.Meeting:
                    sql.Execute(static s => Reassign<MeetingReport>(s, nameof(MeetingReport.MeetingId)), ("Survivor", survivor), ("Absorbed", absorbed));
                    sql.Execute(static s => Reassign<IssueMention>(s, nameof(IssueMention.MeetingId)), ("Survivor", survivor), ("Absorbed", absorbed));
                    sql.Execute(static s => $"""DELETE FROM {s.T<Meeting>()} WHERE {s.C<Meeting>(nameof(Meeting.Id))} = @Id""", (nameof(Meeting.Id), absorbed));
                    Consolidation.Refresh(sql, [], [survivor], participantsKnown: false);
                    break;
                default:
                    MergeOfficials(sql, survivor, absorbed);
                    break;
            }

            Redirect(sql, kind, absorbed, survivor, merged: true, correction.At);
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
                FactKind.Visit => FactSplit.SplitVisit(sql, id, moving),
                FactKind.Meeting => FactSplit.SplitMeeting(sql, id, moving),
                _ => FactSplit.SplitOfficial(sql, id, moving,
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
            if (kind == FactKind.Visit)
            {
                sql.Execute(static s => $"""DELETE FROM {s.T<Visit>()} WHERE {s.C<Visit>(nameof(Visit.Id))} = @Id""", (nameof(Visit.Id), id));
            }
            else
            {
                sql.Execute(static s => $"""DELETE FROM {s.T<Meeting>()} WHERE {s.C<Meeting>(nameof(Meeting.Id))} = @Id""", (nameof(Meeting.Id), id));
            }

            Redirect(sql, kind, id, to: null, merged: false, correction.At);
            return correction;
        }, cancellationToken);

    /// <summary>
    /// Undoes a correction. A field edit is undone at once (the fact's sources decide again, under the other
    /// corrections); issues, merges, deletions and titles are undone by reading the fact's articles again: their ids are returned.
    /// </summary>
    public Task<IReadOnlyList<int>> UndoAsync(int correctionId, string editor, CancellationToken cancellationToken) =>
        InTransactionAsync<IReadOnlyList<int>>(sql =>
        {
            var row = sql.Query(static s => $"""
                    SELECT {s.Columns<Correction>(nameof(Correction.Kind), nameof(Correction.Action), nameof(Correction.TargetId), nameof(Correction.Before),
                        nameof(Correction.After), nameof(Correction.UndoneAt))}
                    FROM {s.T<Correction>()} WHERE {s.C<Correction>(nameof(Correction.Id))} = @Id
                    """,
                    r => (Kind: r.GetString(0), Action: r.GetString(1), Target: r.GetInt32(2), Before: Fields(r.GetString(3)), After: Fields(r.GetString(4)),
                        Undone: !r.IsDBNull(5)), (nameof(Correction.Id), correctionId))
                .FirstOrDefault();
            if (row.Kind is null)
            {
                throw new CorrectionException($"There is no correction {correctionId}.");
            }

            if (row.Undone)
            {
                throw new CorrectionException($"Correction {correctionId} is undone already.");
            }

            sql.Execute(static s => $"""
                UPDATE {s.T<Correction>()} SET {s.Assignments<Correction>(nameof(Correction.UndoneAt), nameof(Correction.UndoneBy))}
                WHERE {s.C<Correction>(nameof(Correction.Id))} = @Id
                """, (nameof(Correction.Id), correctionId), (nameof(Correction.UndoneAt), clock.GetUtcNow()), (nameof(Correction.UndoneBy), editor));
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
                    sql.Execute(static s => $"""
                        DELETE FROM {s.T<OfficialTitle>()}
                        WHERE {s.C<OfficialTitle>(nameof(OfficialTitle.OfficialId))} = @OfficialId AND {s.C<OfficialTitle>(nameof(OfficialTitle.ExcerptId))} IS NULL
                        """, (nameof(OfficialTitle.OfficialId), row.Target));
                    reread = CorrectionFields.List(row.Before.GetValueOrDefault("articles")).Select(StoreSql.ParseId).OfType<int>().ToList();
                }
            }
            else
            {
                Consolidation.Refresh(sql, row.Kind == FactKind.Visit ? [row.Target] : [], row.Kind == FactKind.Meeting ? [row.Target] : [], participantsKnown: false);
                if (row.Kind == FactKind.Visit && row.After.ContainsKey("hostCountry"))
                {
                    sql.Execute(static s => $"""
                        UPDATE {s.T<Visit>()} SET {s.Assignments<Visit>(nameof(Visit.HostCountry))} WHERE {s.C<Visit>(nameof(Visit.Id))} = @Id
                        """, (nameof(Visit.Id), row.Target), (nameof(Visit.HostCountry), row.Before.GetValueOrDefault("hostCountry")));
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
        (string, object?) kept = ("Survivor", survivor), gone = ("Absorbed", absorbed);
        sql.Execute(static s => Reassign<Visit>(s, nameof(Visit.TravelerId)), kept, gone);
        sql.Execute(static s => Reassign<OfficialTitle>(s, nameof(OfficialTitle.OfficialId)), kept, gone);
        sql.Execute(static s => Reassign<Quote>(s, nameof(Quote.OfficialId)), kept, gone);
        sql.Execute(static s => Reassign<IssueMention>(s, nameof(IssueMention.RaisedById)), kept, gone);
        sql.Execute(static s => $"""
            INSERT INTO {s.T(MeetingParticipants.Entity)}
                ({s.C(MeetingParticipants.Entity, MeetingParticipants.MeetingId)}, {s.C(MeetingParticipants.Entity, MeetingParticipants.OfficialId)})
            SELECT {s.C(MeetingParticipants.Entity, MeetingParticipants.MeetingId)}, @Survivor FROM {s.T(MeetingParticipants.Entity)}
            WHERE {s.C(MeetingParticipants.Entity, MeetingParticipants.OfficialId)} = @Absorbed
            ON CONFLICT DO NOTHING
            """, kept, gone);
        sql.Execute(static s => $"""
            INSERT INTO {s.T(MeetingReportParticipants.Entity)}
                ({s.C(MeetingReportParticipants.Entity, MeetingReportParticipants.MeetingReportId)}, {s.C(MeetingReportParticipants.Entity, MeetingReportParticipants.OfficialId)})
            SELECT {s.C(MeetingReportParticipants.Entity, MeetingReportParticipants.MeetingReportId)}, @Survivor FROM {s.T(MeetingReportParticipants.Entity)}
            WHERE {s.C(MeetingReportParticipants.Entity, MeetingReportParticipants.OfficialId)} = @Absorbed
            ON CONFLICT DO NOTHING
            """, kept, gone);
        sql.Execute(static s => $"""
            INSERT INTO {s.T<OfficialNameToken>()} ({s.Columns<OfficialNameToken>(nameof(OfficialNameToken.Token), nameof(OfficialNameToken.OfficialId))})
            SELECT {s.C<OfficialNameToken>(nameof(OfficialNameToken.Token))}, @Survivor FROM {s.T<OfficialNameToken>()}
            WHERE {s.C<OfficialNameToken>(nameof(OfficialNameToken.OfficialId))} = @Absorbed
            ON CONFLICT DO NOTHING
            """, kept, gone);
        var (name, aliases) = NameAndAliases(sql, absorbed);
        var survivorNames = NameAndAliases(sql, survivor);
        var all = survivorNames.Aliases.Concat(aliases).Append(name).Where(a => a != survivorNames.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        sql.Execute(static s => $"""
            UPDATE {s.T<Official>()} SET {s.Assignments<Official>(nameof(Official.Aliases))} WHERE {s.C<Official>(nameof(Official.Id))} = @Id
            """, (nameof(Official.Id), survivor), (nameof(Official.Aliases), all));
        sql.Execute(static s => $"""DELETE FROM {s.T<Official>()} WHERE {s.C<Official>(nameof(Official.Id))} = @Id""", (nameof(Official.Id), absorbed));
    }

    private static (string Name, List<string> Aliases) NameAndAliases(StoreSql sql, int official) =>
        sql.Query(static s => $"""
            SELECT {s.Columns<Official>(nameof(Official.Name), nameof(Official.Aliases))} FROM {s.T<Official>()} WHERE {s.C<Official>(nameof(Official.Id))} = @Id
            """, r => (r.GetString(0), StoreSql.ListOf(r, 1)), (nameof(Official.Id), official)).Single();

    /// <summary>Points every row of <typeparamref name="TEntity"/> that refers to <c>@Absorbed</c> through this column at <c>@Survivor</c>.</summary>
    private static string Reassign<TEntity>(StoreSchema s, string column) =>
        $"""UPDATE {s.T<TEntity>()} SET {s.C<TEntity>(column)} = @Survivor WHERE {s.C<TEntity>(column)} = @Absorbed""";

    /// <summary>Records that a fact is gone, so its address answers 410 (naming the survivor of a merge) instead of 404.</summary>
    private static void Redirect(StoreSql sql, string kind, int from, int? to, bool merged, DateTimeOffset at) =>
        sql.Execute(static s => $"""
            INSERT INTO {s.T<FactRedirect>()} ({s.Columns<FactRedirect>(RedirectColumns)}) VALUES ({StoreSchema.Parameters(RedirectColumns)})
            """,
            (nameof(FactRedirect.Kind), kind), (nameof(FactRedirect.FromId), from), (nameof(FactRedirect.ToId), to),
            (nameof(FactRedirect.Merged), merged), (nameof(FactRedirect.At), at));

    private static readonly string[] RedirectColumns =
        [nameof(FactRedirect.Kind), nameof(FactRedirect.FromId), nameof(FactRedirect.ToId), nameof(FactRedirect.Merged), nameof(FactRedirect.At)];

    private static readonly string[] CorrectionColumns =
    [
        nameof(Correction.Kind), nameof(Correction.TargetId), nameof(Correction.Action), nameof(Correction.OtherId), nameof(Correction.Editor),
        nameof(Correction.At), nameof(Correction.Reason), nameof(Correction.Before), nameof(Correction.After), nameof(Correction.Via),
    ];

    /// <summary>The fact's fields as the corrections name them, the keys it is recognised by, and the articles that report it.</summary>
    private static Dictionary<string, string?> Snapshot(StoreSql sql, string kind, int id)
    {
        Dictionary<string, string?>? fields = kind switch
        {
            FactKind.Visit => sql.Query(static s => $"""
                    SELECT {s.Columns<Visit>(nameof(Visit.TravelerId), nameof(Visit.HostCountry), nameof(Visit.Cities), nameof(Visit.Start), nameof(Visit.End))}
                    FROM {s.T<Visit>()} WHERE {s.C<Visit>(nameof(Visit.Id))} = @Id
                    """,
                r => new Dictionary<string, string?>
                {
                    ["travelerId"] = Text(r.GetInt32(0)), ["hostCountry"] = r.GetString(1), ["cities"] = CorrectionFields.Join(StoreSql.ListOf(r, 2)),
                    ["start"] = Iso(StoreSql.DateOf(r, 3)), ["end"] = Iso(StoreSql.DateOf(r, 4)),
                }, ("Id", id)).FirstOrDefault(),
            FactKind.Meeting => sql.Query(static s => $"""
                    SELECT {s.Columns<Meeting>(nameof(Meeting.VisitId), nameof(Meeting.Date), nameof(Meeting.City), nameof(Meeting.Venue), nameof(Meeting.Status))}
                    FROM {s.T<Meeting>()} WHERE {s.C<Meeting>(nameof(Meeting.Id))} = @Id
                    """,
                r => new Dictionary<string, string?>
                {
                    ["visitId"] = StoreSql.IntOf(r, 0) is int v ? Text(v) : null, ["date"] = Iso(StoreSql.DateOf(r, 1)), ["city"] = StoreSql.TextOf(r, 2),
                    ["venue"] = StoreSql.TextOf(r, 3), ["status"] = r.GetInt32(4) == (int)MeetingStatus.Held ? "held" : "planned",
                }, ("Id", id)).FirstOrDefault(),
            FactKind.Official => sql.Query(static s => $"""
                    SELECT {s.Columns<Official>(nameof(Official.Name), nameof(Official.NameKey), nameof(Official.Country), nameof(Official.NotOfficial))}
                    FROM {s.T<Official>()} WHERE {s.C<Official>(nameof(Official.Id))} = @Id
                    """,
                r => new Dictionary<string, string?>
                {
                    ["name"] = r.GetString(0), ["nameKey"] = r.GetString(1), ["country"] = StoreSql.TextOf(r, 2), ["notOfficial"] = r.GetBoolean(3) ? "true" : "false",
                }, ("Id", id)).FirstOrDefault(),
            _ => throw new CorrectionException($"'{kind}' is not a kind of fact (visit, meeting, official)"),
        };
        if (fields is null)
        {
            throw new CorrectionException($"There is no {kind} {id}.");
        }

        if (kind == FactKind.Official)
        {
            fields["titles"] = CorrectionFields.Join(sql.Query(static s => $"""
                    SELECT {s.C<OfficialTitle>(nameof(OfficialTitle.Title))} FROM {s.T<OfficialTitle>()}
                    WHERE {s.C<OfficialTitle>(nameof(OfficialTitle.OfficialId))} = @OfficialId ORDER BY {s.C<OfficialTitle>(nameof(OfficialTitle.Id))}
                    """, r => r.GetString(0), (nameof(OfficialTitle.OfficialId), id))
                .Distinct(StringComparer.OrdinalIgnoreCase));
        }

        if (kind == FactKind.Meeting)
        {
            fields["participants"] = string.Join("; ", sql.Query(static s => $"""
                SELECT {s.C(MeetingParticipants.Entity, MeetingParticipants.OfficialId)} FROM {s.T(MeetingParticipants.Entity)}
                WHERE {s.C(MeetingParticipants.Entity, MeetingParticipants.MeetingId)} = @Id ORDER BY {s.C(MeetingParticipants.Entity, MeetingParticipants.OfficialId)}
                """, r => r.GetInt32(0), ("Id", id)));
        }

        var articles = kind switch
        {
            FactKind.Visit => sql.Query(static s => $"""
                SELECT DISTINCT {s.C<VisitReport>(nameof(VisitReport.ArticleId))} FROM {s.T<VisitReport>()} WHERE {s.C<VisitReport>(nameof(VisitReport.VisitId))} = @Id
                """, r => r.GetInt32(0), ("Id", id)),
            FactKind.Meeting => sql.Query(static s => $"""
                SELECT DISTINCT e.{s.C<Excerpt>(nameof(Excerpt.ArticleId))} FROM {s.T<MeetingReport>()} AS r
                JOIN {s.T<Excerpt>()} AS e ON e.{s.C<Excerpt>(nameof(Excerpt.Id))} = r.{s.C<MeetingReport>(nameof(MeetingReport.ExcerptId))}
                WHERE r.{s.C<MeetingReport>(nameof(MeetingReport.MeetingId))} = @Id
                """, r => r.GetInt32(0), ("Id", id)),
            _ => sql.Query(static s => $"""
                SELECT e.{s.C<Excerpt>(nameof(Excerpt.ArticleId))} FROM {s.T<OfficialTitle>()} AS t
                    JOIN {s.T<Excerpt>()} AS e ON e.{s.C<Excerpt>(nameof(Excerpt.Id))} = t.{s.C<OfficialTitle>(nameof(OfficialTitle.ExcerptId))}
                    WHERE t.{s.C<OfficialTitle>(nameof(OfficialTitle.OfficialId))} = @Id
                UNION SELECT r.{s.C<VisitReport>(nameof(VisitReport.ArticleId))} FROM {s.T<VisitReport>()} AS r
                    JOIN {s.T<Visit>()} AS v ON v.{s.C<Visit>(nameof(Visit.Id))} = r.{s.C<VisitReport>(nameof(VisitReport.VisitId))}
                    WHERE v.{s.C<Visit>(nameof(Visit.TravelerId))} = @Id
                UNION SELECT e.{s.C<Excerpt>(nameof(Excerpt.ArticleId))} FROM {s.T(MeetingReportParticipants.Entity)} AS p
                    JOIN {s.T<MeetingReport>()} AS r
                        ON r.{s.C<MeetingReport>(nameof(MeetingReport.Id))} = p.{s.C(MeetingReportParticipants.Entity, MeetingReportParticipants.MeetingReportId)}
                    JOIN {s.T<Excerpt>()} AS e ON e.{s.C<Excerpt>(nameof(Excerpt.Id))} = r.{s.C<MeetingReport>(nameof(MeetingReport.ExcerptId))}
                    WHERE p.{s.C(MeetingReportParticipants.Entity, MeetingReportParticipants.OfficialId)} = @Id
                """, r => r.GetInt32(0), ("Id", id)),
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
        correction.Id = sql.Insert(static s => $"""
            INSERT INTO {s.T<Correction>()} ({s.Columns<Correction>(CorrectionColumns)}) VALUES ({StoreSchema.Parameters(CorrectionColumns)})
            RETURNING {s.C<Correction>(nameof(Correction.Id))}
            """,
            (nameof(Correction.Kind), correction.Kind), (nameof(Correction.TargetId), correction.TargetId), (nameof(Correction.Action), correction.Action),
            (nameof(Correction.OtherId), correction.OtherId), (nameof(Correction.Editor), correction.Editor), (nameof(Correction.At), correction.At),
            (nameof(Correction.Reason), correction.Reason), (nameof(Correction.Before), correction.Before), (nameof(Correction.After), correction.After),
            (nameof(Correction.Via), correction.Via));
        return correction;
    }

    private async Task<T> InTransactionAsync<T>(Func<StoreSql, T> work, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        using var sql = new StoreSql(db);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        sql.LockStoreForWriting();
        var result = work(sql);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private static Dictionary<string, string?> Fields(string json) => JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [];

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Ingestion.Store;

/// <summary>
/// The one rule for the day an issue came up (<see cref="IssueMention.Day"/>): the meeting's day, else the visit's
/// first day, else the article's date. Stored with each mention and set again wherever one of those may have changed
/// (a meeting or visit recomputed or corrected, an article written), so the pages, the API and the export all read the
/// stored day instead of each deciding it.
/// </summary>
public static class IssueDays
{
    /// <summary>The mentions of these meetings and visits.</summary>
    internal static void RefreshFacts(StoreSql sql, IEnumerable<int> meetingIds, IEnumerable<int> visitIds)
    {
        foreach (var meeting in meetingIds)
        {
            sql.Execute(static s => $"""
                UPDATE {s.T<IssueMention>()} SET {s.C<IssueMention>(nameof(IssueMention.Day))} = {DayOf(s)}
                WHERE {s.C<IssueMention>(nameof(IssueMention.MeetingId))} = @MeetingId
                """, (nameof(IssueMention.MeetingId), meeting));
        }

        foreach (var visit in visitIds)
        {
            sql.Execute(static s => $"""
                UPDATE {s.T<IssueMention>()} SET {s.C<IssueMention>(nameof(IssueMention.Day))} = {DayOf(s)}
                WHERE {s.C<IssueMention>(nameof(IssueMention.VisitId))} = @VisitId
                """, (nameof(IssueMention.VisitId), visit));
        }
    }

    /// <summary>
    /// Every mention, in one statement: for rows written other than by the writer (a test's hand-made store). Not one
    /// of the writer's prepared statements, which each reach their rows through an index.
    /// </summary>
    public static Task RefreshAllAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ExecuteSqlRawAsync(StoreSchema.Of(db).Text(static s => $"""
            UPDATE {s.T<IssueMention>()} SET {s.C<IssueMention>(nameof(IssueMention.Day))} = {DayOf(s)}
            """), cancellationToken);
    }

    /// <summary>The mentions cited to this article's sentences.</summary>
    internal static void RefreshArticle(StoreSql sql, int articleId) =>
        sql.Execute(static s => $"""
            UPDATE {s.T<IssueMention>()} SET {s.C<IssueMention>(nameof(IssueMention.Day))} = {DayOf(s)}
            WHERE {s.C<IssueMention>(nameof(IssueMention.ExcerptId))} IN (
                SELECT {s.C<Excerpt>(nameof(Excerpt.Id))} FROM {s.T<Excerpt>()} WHERE {s.C<Excerpt>(nameof(Excerpt.ArticleId))} = @ArticleId)
            """, (nameof(Excerpt.ArticleId), articleId));

    /// <summary>The rule, for the mention row being updated.</summary>
    private static string DayOf(StoreSchema s)
    {
        var mention = s.T<IssueMention>();
        return $"""
            COALESCE(
                    (SELECT m.{s.C<Meeting>(nameof(Meeting.Date))} FROM {s.T<Meeting>()} AS m
                        WHERE m.{s.C<Meeting>(nameof(Meeting.Id))} = {mention}.{s.C<IssueMention>(nameof(IssueMention.MeetingId))}),
                    (SELECT v.{s.C<Visit>(nameof(Visit.Start))} FROM {s.T<Visit>()} AS v
                        WHERE v.{s.C<Visit>(nameof(Visit.Id))} = {mention}.{s.C<IssueMention>(nameof(IssueMention.VisitId))}),
                    (SELECT a.{s.C<Article>(nameof(Article.Published))} FROM {s.T<Excerpt>()} AS e
                        JOIN {s.T<Article>()} AS a ON a.{s.C<Article>(nameof(Article.Id))} = e.{s.C<Excerpt>(nameof(Excerpt.ArticleId))}
                        WHERE e.{s.C<Excerpt>(nameof(Excerpt.Id))} = {mention}.{s.C<IssueMention>(nameof(IssueMention.ExcerptId))}))
            """;
    }
}

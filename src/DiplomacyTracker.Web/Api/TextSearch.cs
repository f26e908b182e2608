using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Api;

/// <summary>
/// The <c>q</c> filter: the FTS5 index over article titles and text (see the FullTextSearch migration) picks the
/// articles, and a visit or meeting matches when one of the articles reporting it does.
/// </summary>
internal static class TextSearch
{
    /// <param name="match">An FTS5 expression from <see cref="Browsing.FullTextQuery.From"/>, sent as a SQL parameter.</param>
    public static IQueryable<int> MatchingArticleIds(TrackerDbContext db, string match)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.SqlQuery<int>($"""SELECT rowid AS "Value" FROM "ArticlesFts" WHERE "ArticlesFts" MATCH {match}""");
    }

    public static IQueryable<Visit> ApplyTo(this BrowseQuery query, IQueryable<Visit> visits, TrackerDbContext db)
    {
        ArgumentNullException.ThrowIfNull(query);
        visits = query.Filter.ApplyTo(visits);
        if (query.Match is { } match)
        {
            var articles = MatchingArticleIds(db, match);
            visits = visits.Where(v => v.Reports.Any(r => articles.Contains(r.ArticleId))
                || v.Meetings.Any(m => m.Reports.Any(r => articles.Contains(r.Excerpt.ArticleId))));
        }

        return visits;
    }

    public static IQueryable<Meeting> ApplyTo(this BrowseQuery query, IQueryable<Meeting> meetings, TrackerDbContext db)
    {
        ArgumentNullException.ThrowIfNull(query);
        meetings = query.Filter.ApplyTo(meetings);
        if (query.Match is { } match)
        {
            var articles = MatchingArticleIds(db, match);
            meetings = meetings.Where(m => m.Reports.Any(r => articles.Contains(r.Excerpt.ArticleId)));
        }

        return meetings;
    }
}

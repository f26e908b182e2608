using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Api;

/// <summary>
/// The <c>q</c> filter: the full-text index (<see cref="Browsing.FullTextIndex"/>) picks the articles, and a visit or
/// meeting matches when one of the articles reporting it does.
/// </summary>
internal static class TextSearch
{
    public static IQueryable<Visit> ApplyTo(this BrowseQuery query, IQueryable<Visit> visits, TrackerDbContext db)
    {
        ArgumentNullException.ThrowIfNull(query);
        visits = query.Filter.ApplyTo(visits);
        if (query.Match is { } match)
        {
            var articles = Browsing.FullTextIndex.MatchingArticleIds(db, match);
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
            var articles = Browsing.FullTextIndex.MatchingArticleIds(db, match);
            meetings = meetings.Where(m => m.Reports.Any(r => articles.Contains(r.Excerpt.ArticleId)));
        }

        return meetings;
    }
}
